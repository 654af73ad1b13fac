import { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { distributionState } from "../distribution/distribution-state";
import { DomainError } from "../errors";
import { recordOrderDebt } from "../ledger/record-order-debt";
import { requireBalanceCovers } from "../ledger/require-balance-covers";
import { MAX_UNVALIDATED_PAST_DISTRIBUTIONS } from "../market/is-market-blocked";
import { MAX_QUANTITY, parseQuantity } from "./parse-quantity";
import { enterMarket } from "../membership/enter-market";
import { settleCardEdit } from "../payment/refund-overpayment";
import { sendCardRefunds } from "../payment/send-card-refunds";

// stockChanged: the product's managed stock moved, so what the shop shows of it has changed for everybody.
// refundedToCardCents: what lowering a basket paid by card gave back to the card.
export type BasketChange = {
  orderId: string;
  quantity: string | null;
  cut: boolean;
  stockChanged: boolean;
  refundedToCardCents: number;
};

// Adds to (mode "add": ordering a product already in the basket adds to its line) or sets (mode "set", « 0 »
// removes) a product's quantity in the shopper's basket for one distribution, while the sale is open. The first
// line creates the order with the next basket number and makes the shopper a member. Managed stock is taken
// under a row lock, so concurrent orders never oversell: when less is left than asked the line is cut to what
// is left. Every change to a confirmed basket is written to the ledger in the same transaction (a draft owes
// nothing yet), one paid from the balance must stay covered by it, and one paid by card that shrinks records
// its card refund in that transaction too (Stripe is asked once it committed).
export async function setBasketQuantity({
  actor,
  distributionId,
  productId,
  quantityText,
  mode,
  now,
}: {
  actor: Actor;
  distributionId: string;
  productId: string;
  quantityText: string;
  mode: "add" | "set";
  now: Date;
}): Promise<BasketChange> {
  const { cardRefundIds, ...change } = await db().$transaction(async (tx) => {
    const distribution = await tx.distribution.findUnique({
      where: { id: distributionId },
      select: {
        id: true,
        ordersOpenAt: true,
        ordersCloseAt: true,
        pickupStartAt: true,
        validatedAt: true,
        cancelledAt: true,
        market: { select: { id: true, requirePhone: true, requireAddress: true, feeBp: true } },
      },
    });
    if (!distribution) throw new DomainError("NOT_FOUND");
    if (distributionState(distribution, now) !== "OPEN") throw new DomainError("ORDER_CLOSED");
    const marketId = distribution.market.id;
    const unvalidated = await tx.distribution.count({
      where: { marketId, validatedAt: null, cancelledAt: null, pickupEndAt: { lte: now } },
    });
    if (unvalidated > MAX_UNVALIDATED_PAST_DISTRIBUTIONS) throw new DomainError("MARKET_BLOCKED");

    const product = await tx.product.findFirst({
      where: {
        id: productId,
        active: true,
        catalog: {
          links: { some: { marketId, unlinkedAt: null } },
          participations: { some: { distributionId, status: "ACCEPTED" } },
        },
      },
      select: {
        id: true,
        name: true,
        priceCents: true,
        vatRateBp: true,
        bulk: true,
        variableWeight: true,
        step: true,
        stock: true,
      },
    });
    if (!product) throw new DomainError("PRODUCT_NOT_OFFERED", "quantity");
    const removing = mode === "set" && /^\s*0+([.,]0*)?\s*$/.test(quantityText);
    const asked = removing ? new Prisma.Decimal(0) : parseQuantity(quantityText, product);

    await requireProfileComplete(tx, actor.userId, distribution.market);
    await enterMarket(tx, { marketId, userId: actor.userId, now });
    const order = await findOrCreateOrder(tx, { distributionId, marketId, userId: actor.userId, create: !removing });
    if (!order) throw new DomainError("NOT_FOUND");

    const line = await tx.orderLine.findUnique({
      where: { orderId_productId: { orderId: order.id, productId } },
      select: { id: true, quantity: true },
    });
    const before = line?.quantity ?? new Prisma.Decimal(0);
    let after = mode === "add" ? before.add(asked) : asked;
    // Adding again and again must not pass the cap one typed quantity is held to.
    if (after.gt(MAX_QUANTITY)) throw new DomainError("QUANTITY_TOO_LARGE", "quantity");
    let cut = false;
    let stockChanged = false;
    if (product.stock !== null) {
      const [{ stock }] = await tx.$queryRaw<
        { stock: Prisma.Decimal }[]
      >`SELECT "stock" FROM "Product" WHERE "id" = ${productId} FOR UPDATE`;
      const wanted = after.sub(before);
      const granted = wanted.gt(stock) ? roundDownToStep(new Prisma.Decimal(stock), product) : wanted;
      if (granted.lt(wanted)) {
        cut = true;
        after = before.add(granted);
        if (after.lte(0) && before.lte(0)) throw new DomainError("OUT_OF_STOCK", "quantity");
      }
      if (!granted.isZero()) {
        await tx.product.update({ where: { id: productId }, data: { stock: new Prisma.Decimal(stock).sub(granted) } });
        stockChanged = true;
      }
    }

    if (after.lte(0)) {
      if (line) await tx.orderLine.delete({ where: { id: line.id } });
    } else if (line) {
      await tx.orderLine.update({ where: { id: line.id }, data: { quantity: after } });
    } else {
      await tx.orderLine.create({
        data: {
          orderId: order.id,
          productId,
          quantity: after,
          unitPriceCents: product.priceCents,
          vatRateBp: product.vatRateBp,
          feeBp: distribution.market.feeBp,
          productName: product.name,
        },
      });
    }
    await recordOrderDebt(tx, order.id, { field: "quantity" });
    if (order.confirmedAt && order.paymentMethod === "BALANCE")
      await requireBalanceCovers(tx, marketId, actor.userId, "quantity");
    const refunds = await settleCardEdit(tx, order.id, now);
    return {
      orderId: order.id,
      quantity: after.lte(0) ? null : after.toString(),
      cut,
      stockChanged,
      refundedToCardCents: refunds.toCardCents,
      cardRefundIds: refunds.cardRefundIds,
    };
  });
  await sendCardRefunds(cardRefundIds, now);
  return change;
}

function roundDownToStep(
  available: Prisma.Decimal,
  product: { bulk: boolean; variableWeight: boolean; step: Prisma.Decimal | null },
): Prisma.Decimal {
  if (available.lte(0)) return new Prisma.Decimal(0);
  if (!(product.bulk || product.variableWeight)) return available.floor();
  const step = product.step ?? new Prisma.Decimal("0.001");
  return available.div(step).floor().mul(step);
}

async function requireProfileComplete(
  tx: Tx,
  userId: string,
  market: { requirePhone: boolean; requireAddress: boolean },
) {
  if (!market.requirePhone && !market.requireAddress) return;
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { phone: true, address: true } });
  if ((market.requirePhone && !user.phone) || (market.requireAddress && !user.address))
    throw new DomainError("PROFILE_INCOMPLETE");
}

async function findOrCreateOrder(
  tx: Tx,
  {
    distributionId,
    marketId,
    userId,
    create,
  }: { distributionId: string; marketId: string; userId: string; create: boolean },
) {
  const existing = await tx.order.findUnique({
    where: { distributionId_userId: { distributionId, userId } },
    select: { id: true, confirmedAt: true, paymentMethod: true },
  });
  if (existing || !create) return existing;
  // Basket numbers come from a counter on the distribution, never from max()+1, so none is ever reused.
  const [{ lastBasketNumber }] = await tx.$queryRaw<{ lastBasketNumber: number }[]>`
    UPDATE "Distribution" SET "lastBasketNumber" = "lastBasketNumber" + 1 WHERE "id" = ${distributionId} RETURNING "lastBasketNumber"`;
  return tx.order.create({
    data: { marketId, distributionId, userId, basketNumber: lastBasketNumber },
    select: { id: true, confirmedAt: true, paymentMethod: true },
  });
}
