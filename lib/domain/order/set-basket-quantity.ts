import { randomUUID } from "node:crypto";
import { type PaymentMethod, Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { missingContactFields } from "../account/missing-contact-fields";
import { distributionState } from "../distribution/distribution-state";
import { DomainError } from "../errors";
import { recordOrderDebt } from "../ledger/record-order-debt";
import { requireBalanceCovers } from "../ledger/require-balance-covers";
import { MAX_UNVALIDATED_PAST_DISTRIBUTIONS, unvalidatedPastDistributionsSql } from "../market/is-market-blocked";
import { enteringMarketSql } from "../membership/enter-market";
import { settleCardEdit } from "../payment/refund-overpayment";
import { sendCardRefunds } from "../payment/send-card-refunds";
import { offeredProductsSql } from "../shop/offered-products";
import { moveStock } from "./basket-stock";
import { draftHoldEnd } from "./draft-hold";
import { MAX_QUANTITY } from "./max-quantity";
import { parseQuantity } from "./parse-quantity";

// refundedToCardCents: what lowering a basket paid by card gave back to the card.
export type BasketChange = {
  orderId: string;
  quantity: string | null;
  cut: boolean;
  refundedToCardCents: number;
};

// Adds to (mode "add": ordering a product already in the basket adds to its line) or sets (mode "set", « 0 »
// removes) a product's quantity in the shopper's basket for one distribution, while the sale is open. The first
// line creates the order with the next basket number and makes the shopper a member. Managed stock is taken
// under a row lock, so concurrent orders never oversell: when less is left than asked the line is cut to what
// is left. A line takes from the stock what it does not hold yet (all of it once a draft's hold has lapsed),
// and a draft holds its stock for DRAFT_HOLD_MINUTES after this change (basket-stock.ts). Every change to a
// confirmed basket is written to the ledger in the same transaction (a draft owes nothing yet), one paid from
// the balance must stay covered by it, and one paid by card that shrinks records its card refund in that
// transaction too (Stripe is asked once it committed).
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
    // The sale, whether its market is blocked, the product if the sale offers it, the shopper's contact details
    // and their basket, locked (confirming, releasing an expired hold and closing change its lines and stock too,
    // so they happen one at a time), in one statement that also makes the shopper a member: a basket change is what
    // shoppers do most, and each statement costs the server and the database more than its work here (README,
    // Performance). A refusal below rolls the membership back with the rest.
    const [sale] = await tx.$queryRaw<SaleRow[]>`
      WITH ${enteringMarketSql(Prisma.sql`(SELECT "marketId" FROM "Distribution" WHERE "id" = ${distributionId})`, actor.userId, now)}
      SELECT d."ordersOpenAt", d."ordersCloseAt", d."pickupStartAt", d."validatedAt", d."cancelledAt",
        m."id" AS "marketId", m."requirePhone", m."requireAddress", m."feeBp",
        ${unvalidatedPastDistributionsSql('m."id"', now)} AS "unvalidated",
        u."phone", u."address",
        p."id" AS "productId", p."name", p."priceCents", p."vatRateBp", p."bulk", p."variableWeight", p."step",
        p."stock",
        o."id" AS "orderId", o."confirmedAt", o."paymentMethod"
      FROM "Distribution" d JOIN "Market" m ON m."id" = d."marketId"
        LEFT JOIN "User" u ON u."id" = ${actor.userId}
        LEFT JOIN "Product" p ON p."id" = ${productId} AND ${Prisma.raw(offeredProductsSql("p", 'm."id"', 'd."id"'))}
        LEFT JOIN LATERAL (
          SELECT "id", "confirmedAt", "paymentMethod" FROM "Order"
          WHERE "distributionId" = d."id" AND "userId" = ${actor.userId} FOR UPDATE
        ) o ON true
      WHERE d."id" = ${distributionId}`;
    if (!sale) throw new DomainError("NOT_FOUND");
    if (distributionState(sale, now) !== "OPEN") throw new DomainError("ORDER_CLOSED");
    const { marketId } = sale;
    if (sale.unvalidated > MAX_UNVALIDATED_PAST_DISTRIBUTIONS) throw new DomainError("MARKET_BLOCKED");
    if (!sale.productId) throw new DomainError("PRODUCT_NOT_OFFERED", "quantity");
    const { productId: id, name, priceCents, vatRateBp, bulk, variableWeight, step, stock } = sale;
    const product = { id, name, priceCents, vatRateBp, bulk, variableWeight, step, stock };
    const removing = mode === "set" && /^\s*0+([.,]0*)?\s*$/.test(quantityText);
    const asked = removing ? new Prisma.Decimal(0) : parseQuantity(quantityText, product);
    if (missingContactFields(sale, sale).length > 0) throw new DomainError("PROFILE_INCOMPLETE");

    const order: LockedBasket | null = sale.orderId
      ? { id: sale.orderId, confirmedAt: sale.confirmedAt, paymentMethod: sale.paymentMethod }
      : removing
        ? null
        : await createOrder(tx, { distributionId, marketId, userId: actor.userId, now });
    if (!order) throw new DomainError("NOT_FOUND");
    // Read again now that the basket is ours (its line too): a cancellation or a validation that held it (or the
    // distribution's counter) while this change waited has committed, and the sale may no longer be open.
    const [current] = await tx.$queryRaw<CurrentRow[]>`
      SELECT d."ordersOpenAt", d."ordersCloseAt", d."pickupStartAt", d."validatedAt", d."cancelledAt",
        l."id" AS "lineId", l."quantity", l."heldQuantity"
      FROM "Distribution" d LEFT JOIN "OrderLine" l ON l."orderId" = ${order.id} AND l."productId" = ${productId}
      WHERE d."id" = ${distributionId}`;
    if (distributionState(current, now) !== "OPEN") throw new DomainError("ORDER_CLOSED");
    const line = current.lineId
      ? { id: current.lineId, quantity: current.quantity!, heldQuantity: current.heldQuantity! }
      : null;

    const before = line?.quantity ?? new Prisma.Decimal(0);
    const held = line?.heldQuantity ?? new Prisma.Decimal(0);
    let after = mode === "add" ? before.add(asked) : asked;
    // Adding again and again must not pass the cap one typed quantity is held to.
    if (after.gt(MAX_QUANTITY)) throw new DomainError("QUANTITY_TOO_LARGE", "quantity");
    let cut = false;
    if (product.stock !== null) {
      const wanted = after.sub(held);
      const moved = await moveStock(tx, product, wanted);
      if (moved.lt(wanted)) {
        cut = true;
        after = held.add(moved);
        if (after.lte(0)) throw new DomainError("OUT_OF_STOCK", "quantity");
      }
    }

    const quantity = after.toString();
    const written = after.lte(0)
      ? Prisma.sql`DELETE FROM "OrderLine" WHERE "id" = ${line?.id ?? null} RETURNING 0 AS "totalCents"`
      : line
        ? Prisma.sql`UPDATE "OrderLine" SET "quantity" = ${quantity}::numeric, "heldQuantity" = ${quantity}::numeric,
            "updatedAt" = ${now} WHERE "id" = ${line.id} RETURNING "totalCents"`
        : Prisma.sql`INSERT INTO "OrderLine" ("id", "orderId", "productId", "quantity", "heldQuantity", "unitPriceCents",
            "vatRateBp", "feeBp", "productName", "updatedAt")
          VALUES (${randomUUID()}, ${order.id}, ${productId}, ${quantity}::numeric, ${quantity}::numeric,
            ${product.priceCents}, ${product.vatRateBp}, ${sale.feeBp}, ${product.name}, ${now})
          RETURNING "totalCents"`;
    // A change restarts a draft's hold and makes what its last confirmation check said out of date. A draft
    // dropped at a close that the admin has since moved later starts again, empty, under its number. The basket's
    // new total comes back for the ledger (the other lines as they are, and this one as written).
    const draft = order.confirmedAt
      ? Prisma.empty
      : Prisma.sql`, "stockHeldUntil" = ${draftHoldEnd(now)}, "droppedAt" = NULL`;
    const [{ totalCents }] = await tx.$queryRaw<{ totalCents: number }[]>`
      WITH written AS (${written}), touched AS (
        UPDATE "Order" SET "stockCuts" = NULL, "updatedAt" = ${now} ${draft} WHERE "id" = ${order.id}
      )
      SELECT (coalesce((SELECT sum("totalCents") FROM "OrderLine" WHERE "orderId" = ${order.id} AND "productId" <> ${productId}), 0)
        + coalesce((SELECT sum("totalCents") FROM written), 0))::float8 AS "totalCents"`;
    await recordOrderDebt(tx, order.id, { field: "quantity", written: { confirmed: !!order.confirmedAt, totalCents } });
    if (order.confirmedAt && order.paymentMethod === "BALANCE")
      await requireBalanceCovers(tx, marketId, actor.userId, "quantity");
    const refunds = await settleCardEdit(tx, order, now);
    return {
      orderId: order.id,
      quantity: after.lte(0) ? null : quantity,
      cut,
      refundedToCardCents: refunds.toCardCents,
      cardRefundIds: refunds.cardRefundIds,
    };
  });
  await sendCardRefunds(cardRefundIds, now);
  return change;
}

type SaleRow = {
  ordersOpenAt: Date;
  ordersCloseAt: Date;
  pickupStartAt: Date;
  validatedAt: Date | null;
  cancelledAt: Date | null;
  marketId: string;
  requirePhone: boolean;
  requireAddress: boolean;
  feeBp: number;
  unvalidated: number;
  phone: string | null;
  address: string | null;
  // The product's, when the sale offers it.
  productId: string | null;
  name: string;
  priceCents: number;
  vatRateBp: number;
  bulk: boolean;
  variableWeight: boolean;
  step: Prisma.Decimal | null;
  stock: Prisma.Decimal | null;
  // The shopper's basket, when there is one.
  orderId: string | null;
  confirmedAt: Date | null;
  paymentMethod: PaymentMethod | null;
};

type CurrentRow = Pick<SaleRow, "ordersOpenAt" | "ordersCloseAt" | "pickupStartAt" | "validatedAt" | "cancelledAt"> & {
  lineId: string | null;
  quantity: Prisma.Decimal | null;
  heldQuantity: Prisma.Decimal | null;
};

type LockedBasket = { id: string; confirmedAt: Date | null; paymentMethod: PaymentMethod | null };

// A first line makes the basket. Basket numbers come from a counter on the distribution, never from max()+1, so
// none is ever reused.
async function createOrder(
  tx: Tx,
  { distributionId, marketId, userId, now }: { distributionId: string; marketId: string; userId: string; now: Date },
): Promise<LockedBasket> {
  const [order] = await tx.$queryRaw<LockedBasket[]>`
    WITH counter AS (
      UPDATE "Distribution" SET "lastBasketNumber" = "lastBasketNumber" + 1 WHERE "id" = ${distributionId}
      RETURNING "lastBasketNumber"
    )
    INSERT INTO "Order" ("id", "marketId", "distributionId", "userId", "basketNumber", "updatedAt")
    SELECT ${randomUUID()}, ${marketId}, ${distributionId}, ${userId}, "lastBasketNumber", ${now} FROM counter
    RETURNING "id", "confirmedAt", "paymentMethod"`;
  return order;
}
