import type { PaymentMethod } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { lockOrder } from "../order/lock-order";
import { followPayouts } from "../payout/reconcile-payouts";
import { NO_REFUND, refundExcess } from "./refund-excess";
import { sendCardRefunds } from "./send-card-refunds";

// After a basket is adjusted (missing item, real weight) the shopper gets back paid − new total: to the card
// when it was paid online (split across card payments, newest first), to the member balance otherwise.
export async function refundOverpayment({ actor, orderId, now }: { actor: Actor; orderId: string; now: Date }) {
  const order = await db().order.findUnique({ where: { id: orderId }, select: { marketId: true } });
  if (!order) throw new DomainError("NOT_FOUND");
  requireMarketRight(actor, order.marketId, "admin");
  const refunds = await db().$transaction(async (tx) => {
    // Read under the lock: a validation that committed meanwhile is seen.
    await lockOrder(tx, orderId);
    const { validatedAt } = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { validatedAt: true } });
    if (validatedAt) throw new DomainError("BASKET_ALREADY_VALIDATED");
    // The card money refunded may be credit that paid the shopper's later baskets.
    const payouts = await followPayouts(tx, orderId);
    const recorded = await refundExcess(tx, orderId, {
      keep: (money) => money.totalCents,
      toCard: true,
      remainderToBalance: true,
      now,
    });
    await payouts.afterChange(now);
    return recorded;
  });
  await sendCardRefunds(refunds.cardRefundIds, now);
  return {
    refundedCents: refunds.toCardCents + refunds.toBalanceCents,
    toCardCents: refunds.toCardCents,
    toBalanceCents: refunds.toBalanceCents,
  };
}

// While the sale is open, a shopper who lowers an order paid online gets the difference back on the card: called
// in the transaction that changes the basket, so the change and its refund commit together; the caller sends
// the recorded refunds (`cardRefundIds`) once committed. What is kept is the online charge (variable weights
// stay at their maximum until weighed). A rise is not charged here: the basket shows what is owed, and the
// shopper pays it by card (start-card-checkout.ts) or, once orders close, owes it on the balance. No payout
// follows the refund: while the sale is open, no distribution after it can have been validated. `order` as the
// caller read it under the basket's lock.
export async function settleCardEdit(
  tx: Tx,
  order: { id: string; confirmedAt: Date | null; paymentMethod: PaymentMethod | null },
  now: Date,
) {
  if (!order.confirmedAt || order.paymentMethod !== "CARD") return NO_REFUND;
  return refundExcess(tx, order.id, {
    keep: (money) => money.onlineChargeCents,
    toCard: true,
    remainderToBalance: false,
    now,
  });
}
