import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import type { DecimalValue } from "./line-total";

// Managed stock and baskets. Each line holds (OrderLine.heldQuantity) the part of its quantity taken from the
// product's stock: all of it in a confirmed order. A draft holds it for DRAFT_HOLD_MINUTES after its last
// change (Order.stockHeldUntil, draft-hold.ts), then gives it back (release-expired-holds.ts) so that nobody can
// keep a sale from others with baskets they never confirm; its lines stay, and confirming takes their stock
// again. Every stock change locks the basket first (lock-order.ts), then its products in id order.

type StockedProduct = { id: string; bulk: boolean; variableWeight: boolean; step: Prisma.Decimal | null };

// Moves `wanted` of a product's managed stock into a basket (out of it when negative) under the product's row
// lock, so concurrent baskets never oversell. When less is left than wanted, takes what is left, rounded down to
// what the product can be ordered by. Returns what moved; all of it when the stock is not managed.
export async function moveStock(tx: Tx, product: StockedProduct, wanted: Prisma.Decimal): Promise<Prisma.Decimal> {
  if (wanted.isZero()) return wanted;
  const [{ stock }] = await tx.$queryRaw<{ stock: Prisma.Decimal | null }[]>`
    SELECT "stock" FROM "Product" WHERE "id" = ${product.id} FOR UPDATE`;
  if (stock === null) return wanted;
  const left = new Prisma.Decimal(stock);
  const moved = wanted.gt(left) ? roundDownToStep(left, product) : wanted;
  if (!moved.isZero()) await tx.product.update({ where: { id: product.id }, data: { stock: left.sub(moved) } });
  return moved;
}

function roundDownToStep(available: Prisma.Decimal, product: StockedProduct): Prisma.Decimal {
  if (available.lte(0)) return new Prisma.Decimal(0);
  if (!(product.bulk || product.variableWeight)) return available.floor();
  const step = product.step ?? new Prisma.Decimal("0.001");
  return available.div(step).floor().mul(step);
}

// Gives back the stock a basket's lines hold (a draft's hold expired, a draft dropped at close, a basket
// cancelled; `lineIds`: only those lines, when some of a basket's products are cancelled) and leaves them
// holding nothing: what a line no longer holds (a draft's lapsed hold) is never given back twice. The caller
// holds the order's lock.
export async function releaseHeldStock(tx: Tx, orderId: string, lineIds?: string[]) {
  const held = { orderId, heldQuantity: { gt: 0 }, ...(lineIds ? { id: { in: lineIds } } : {}) };
  const lines = await tx.orderLine.findMany({
    where: held,
    orderBy: { productId: "asc" },
    select: { productId: true, heldQuantity: true },
  });
  for (const line of lines) {
    await tx.product.updateMany({
      where: { id: line.productId, stock: { not: null } },
      data: { stock: { increment: line.heldQuantity } },
    });
  }
  await tx.orderLine.updateMany({ where: held, data: { heldQuantity: 0 } });
}

// A line the check at confirmation changed: cut to what was left, or removed ("0") when nothing was left.
// Quantities as decimal strings.
export type StockCut = { productName: string; asked: string; kept: string };

// A draft's lines checked against the stock again before it becomes an order: each takes what its hold no
// longer covers, or is cut to what is left (removed when nothing is). The outcome is kept on the order
// (`stockCuts`) for the shopper to see. `holdUntil`: how long the draft keeps what it holds now (null once
// confirmed). The caller holds the order's lock.
export async function recheckBasketStock(
  tx: Tx,
  orderId: string,
  { holdUntil }: { holdUntil: Date | null },
): Promise<StockCut[]> {
  const lines = await tx.orderLine.findMany({
    where: { orderId },
    orderBy: { productId: "asc" },
    select: {
      id: true,
      productName: true,
      quantity: true,
      heldQuantity: true,
      product: { select: { id: true, bulk: true, variableWeight: true, step: true, stock: true } },
    },
  });
  const cuts: StockCut[] = [];
  for (const line of lines) {
    if (line.product.stock === null || line.heldQuantity.gte(line.quantity)) continue;
    const moved = await moveStock(tx, line.product, line.quantity.sub(line.heldQuantity));
    const kept = line.heldQuantity.add(moved);
    if (kept.lt(line.quantity))
      cuts.push({ productName: line.productName, asked: line.quantity.toString(), kept: kept.toString() });
    if (kept.lte(0)) await tx.orderLine.delete({ where: { id: line.id } });
    else await tx.orderLine.update({ where: { id: line.id }, data: { quantity: kept, heldQuantity: kept } });
  }
  // Lines whose stock is not managed count whole from now on, as in any order.
  await tx.$executeRaw`UPDATE "OrderLine" SET "heldQuantity" = "quantity" WHERE "orderId" = ${orderId} AND "heldQuantity" <> "quantity"`;
  await tx.order.update({
    where: { id: orderId },
    data: { stockHeldUntil: holdUntil, stockCuts: cuts.length > 0 ? cuts : Prisma.DbNull },
  });
  return cuts;
}

// The check's outcome as stored on the order (null when nothing changed).
export function readStockCuts(value: Prisma.JsonValue | null): StockCut[] {
  return Array.isArray(value) ? (value as StockCut[]) : [];
}

// A draft's line whose hold has lapsed: its stock is no longer set aside and will be checked at confirmation.
export function lineReleased(
  order: { confirmedAt: Date | null },
  line: { quantity: DecimalValue; heldQuantity: DecimalValue; product: { stock: DecimalValue | null } },
): boolean {
  return (
    order.confirmedAt === null && line.product.stock !== null && new Prisma.Decimal(line.heldQuantity).lt(line.quantity)
  );
}
