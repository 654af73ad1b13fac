import type { Tx } from "@/lib/db/client";

type PaymentKey = { stripeCheckoutSessionId: string } | { stripePaymentIntentId: string };

// A payment confirmed by Stripe becomes SUCCEEDED and gets its one PAYMENT ledger entry. Safe to call for
// every notification of the same payment (replays, checkout + payment-intent events): the status check and
// the single entry make it a no-op after the first. Returns false when the payment is unknown (yet).
export async function settlePayment(
  tx: Tx,
  key: PaymentKey,
  { now, paymentIntentId }: { now: Date; paymentIntentId?: string },
): Promise<boolean> {
  const payment = await tx.payment.findFirst({
    where: key,
    select: { id: true, status: true, amountCents: true, marketId: true, userId: true, orderId: true },
  });
  if (!payment) return false;
  if (payment.status === "SUCCEEDED") return true;
  await tx.payment.update({
    where: { id: payment.id },
    data: {
      status: "SUCCEEDED",
      settledAt: now,
      ...(paymentIntentId ? { stripePaymentIntentId: paymentIntentId } : {}),
    },
  });
  await tx.ledgerEntry.create({
    data: {
      marketId: payment.marketId,
      userId: payment.userId,
      kind: "PAYMENT",
      amountCents: payment.amountCents,
      paymentId: payment.id,
      orderId: payment.orderId,
    },
  });
  // A card payment is what confirms the order it pays.
  if (payment.orderId)
    await tx.order.updateMany({
      where: { id: payment.orderId, confirmedAt: null },
      data: { confirmedAt: now, paymentMethod: "CARD" },
    });
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
