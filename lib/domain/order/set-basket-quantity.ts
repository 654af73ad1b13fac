import { type PaymentMethod, Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { distributionState } from "../distribution/distribution-state";
import { DomainError } from "../errors";
import { recordOrderDebt } from "../ledger/record-order-debt";
import { requireBalanceCovers } from "../ledger/require-balance-covers";
import { MAX_UNVALIDATED_PAST_DISTRIBUTIONS } from "../market/is-market-blocked";
import { enterMarket } from "../membership/enter-market";
import { settleCardEdit } from "../payment/refund-overpayment";
import { sendCardRefunds } from "../payment/send-card-refunds";
import { offeredProducts } from "../shop/offered-products";
import { draftHoldEnd, moveStock } from "./basket-stock";
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
      where: { id: productId, ...offeredProducts(marketId, distributionId) },
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
    // Read again now that the basket is ours: a cancellation or a validation that held it (or the distribution's
    // counter) while this change waited has committed, and the sale may no longer be open.
    const current = await tx.distribution.findUniqueOrThrow({
      where: { id: distributionId },
      select: { ordersOpenAt: true, ordersCloseAt: true, pickupStartAt: true, validatedAt: true, cancelledAt: true },
    });
    if (distributionState(current, now) !== "OPEN") throw new DomainError("ORDER_CLOSED");

    const line = await tx.orderLine.findUnique({
      where: { orderId_productId: { orderId: order.id, productId } },
      select: { id: true, quantity: true, heldQuantity: true },
    });
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

    if (after.lte(0)) {
      if (line) await tx.orderLine.delete({ where: { id: line.id } });
    } else if (line) {
      await tx.orderLine.update({ where: { id: line.id }, data: { quantity: after, heldQuantity: after } });
    } else {
      await tx.orderLine.create({
        data: {
          orderId: order.id,
          productId,
          quantity: after,
          heldQuantity: after,
          unitPriceCents: product.priceCents,
          vatRateBp: product.vatRateBp,
          feeBp: distribution.market.feeBp,
          productName: product.name,
        },
      });
    }
    // A change restarts a draft's hold and makes what its last confirmation check said out of date. A draft
    // dropped at a close that the admin has since moved later starts again, empty, under its number.
    await tx.order.update({
      where: { id: order.id },
      data: {
        stockCuts: Prisma.DbNull,
        ...(order.confirmedAt ? {} : { stockHeldUntil: draftHoldEnd(now), droppedAt: null }),
      },
    });
    await recordOrderDebt(tx, order.id, { field: "quantity" });
    if (order.confirmedAt && order.paymentMethod === "BALANCE")
      await requireBalanceCovers(tx, marketId, actor.userId, "quantity");
    const refunds = await settleCardEdit(tx, order.id, now);
    return {
      orderId: order.id,
      quantity: after.lte(0) ? null : after.toString(),
      cut,
      refundedToCardCents: refunds.toCardCents,
      cardRefundIds: refunds.cardRefundIds,
    };
  });
  await sendCardRefunds(cardRefundIds, now);
  return change;
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

type LockedBasket = { id: string; confirmedAt: Date | null; paymentMethod: PaymentMethod | null };

// The shopper's basket, locked: confirming, releasing an expired hold and closing change its lines and stock
// too, so they happen one at a time.
async function findOrCreateOrder(
  tx: Tx,
  {
    distributionId,
    marketId,
    userId,
    create,
  }: { distributionId: string; marketId: string; userId: string; create: boolean },
): Promise<LockedBasket | null> {
  const [existing] = await tx.$queryRaw<LockedBasket[]>`
    SELECT "id", "confirmedAt", "paymentMethod" FROM "Order"
    WHERE "distributionId" = ${distributionId} AND "userId" = ${userId} FOR UPDATE`;
  if (existing || !create) return existing ?? null;
  // Basket numbers come from a counter on the distribution, never from max()+1, so none is ever reused.
  const [{ lastBasketNumber }] = await tx.$queryRaw<{ lastBasketNumber: number }[]>`
    UPDATE "Distribution" SET "lastBasketNumber" = "lastBasketNumber" + 1 WHERE "id" = ${distributionId} RETURNING "lastBasketNumber"`;
  return tx.order.create({
    data: { marketId, distributionId, userId, basketNumber: lastBasketNumber },
    select: { id: true, confirmedAt: true, paymentMethod: true },
  });
}
