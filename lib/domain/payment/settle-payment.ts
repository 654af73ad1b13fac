import type { Tx } from "@/lib/db/client";
import { holdingAccount } from "../ledger/accounts";
import { postTransaction } from "../ledger/post-transaction";
import { confirmBasket } from "../order/confirm-basket";
import { queueOrderConfirmation } from "../notice/queue-order-confirmation";

type PaymentKey = { stripeCheckoutSessionId: string } | { stripePaymentIntentId: string };

// A payment confirmed by Stripe becomes SUCCEEDED and gets its one PAYMENT ledger entry. Safe to call for
// every notification of the same payment (replays, checkout + payment-intent events): the status check makes
// it a no-op after the first. Returns false when the payment is unknown (yet).
export async function settlePayment(
  tx: Tx,
  key: PaymentKey,
  { now, paymentIntentId }: { now: Date; paymentIntentId?: string },
): Promise<boolean> {
  const payment = await tx.payment.findFirst({
    where: key,
    select: { id: true, amountCents: true, marketId: true, userId: true, orderId: true },
  });
  if (!payment) return false;
  // The claim is the status change itself: of two notifications settling the same payment at once, the second
  // waits for the first to commit and then finds nothing left to claim.
  const claimed = await tx.payment.updateMany({
    where: { id: payment.id, status: { not: "SUCCEEDED" } },
    data: {
      status: "SUCCEEDED",
      settledAt: now,
      ...(paymentIntentId ? { stripePaymentIntentId: paymentIntentId } : {}),
    },
  });
  if (claimed.count === 0) return true;
  const orderId = payment.orderId ?? undefined;
  await postTransaction(tx, {
    marketId: payment.marketId,
    kind: "PAYMENT",
    method: "CARD",
    paymentId: payment.id,
    orderId,
    occurredAt: now,
    entries: [
      { account: "SHOPPER", userId: payment.userId, orderId, amountCents: payment.amountCents },
      { account: holdingAccount("CARD"), orderId, amountCents: -payment.amountCents },
    ],
  });
  // A card payment is what confirms the draft it pays (its stock checked again, its debt written). Paid after
  // orders closed on it, or for lines no longer there, the money stays as credit on the shopper's account.
  if (payment.orderId) {
    const confirmation = await confirmBasket(tx, payment.orderId, { method: "CARD", now });
    // Keyed per order: a later payment for a basket that grew sends no second confirmation.
    if (confirmation.confirmed) await queueOrderConfirmation(tx, payment.orderId);
  }
  return true;
}

// A failure or expiry only touches a payment still pending: an out-of-order "failed" after "succeeded"
// must not undo a payment.
export async function failPayment(tx: Tx, key: PaymentKey, status: "FAILED" | "CANCELLED"): Promise<boolean> {
  const payment = await tx.payment.findFirst({ where: key, select: { id: true } });
  if (!payment) return false;
  await tx.payment.updateMany({ where: { id: payment.id, status: "PENDING" }, data: { status } });
  return true;
}
