import type Stripe from "stripe";
import { db, type Tx } from "@/lib/db/client";
import { stripe } from "@/lib/payments/stripe";
import type { ItemFailure, JobOutcome } from "../job/item-failures";
import { endCardRefund, queueCardRefundNotice } from "./card-refund-ledger";

// A card refund is recorded first (refund-excess.ts) and asked of Stripe after that transaction committed. A
// refund whose call never happened (a crash between the two, Stripe unreachable) is asked again by the
// `card-refunds` job, one minute on.
const RETRY_AFTER_MS = 60_000;

// Asks Stripe for each recorded card refund, one after the other; one that fails stays unsent for the job.
export async function sendCardRefunds(refundIds: string[], now: Date): Promise<void> {
  for (const id of refundIds) await sendCardRefund(id, now).catch(() => undefined);
}

// The row's id is the idempotency key, so a refund asked twice (by two runs at once, or a retry after a lost
// answer) is one refund at Stripe. Stripe's answer is recorded by its id, and ends the refund when Stripe says
// it is already over; the shopper is e-mailed once Stripe took it. Stripe refusing it (nothing left to refund on the payment…) ends it as failed: the amount
// goes back to the shopper's balance. Any other error leaves it unsent.
export async function sendCardRefund(refundId: string, now: Date, { reconcile = false } = {}): Promise<void> {
  const refund = await db().refund.findFirst({
    where: { id: refundId, destination: "CARD", status: "PENDING", stripeRefundId: null },
    select: { amountCents: true, orderId: true, payment: { select: { stripePaymentIntentId: true } } },
  });
  const paymentIntent = refund?.payment?.stripePaymentIntentId;
  if (!refund || !paymentIntent) return;
  let answer: Stripe.Refund;
  try {
    answer =
      (reconcile ? await refundAlreadyMade(paymentIntent, refundId) : null) ??
      (await stripe().refunds.create(
        { payment_intent: paymentIntent, amount: refund.amountCents, metadata: { refundId, orderId: refund.orderId } },
        { idempotencyKey: `refund-${refundId}` },
      ));
  } catch (error) {
    if (!refusedByStripe(error)) throw error;
    await db().$transaction((tx) => endCardRefund(tx, { refundId }, "FAILED", now));
    return;
  }
  await db().$transaction((tx) => recordStripeRefund(tx, refundId, answer, now));
}

// Stripe keeps an idempotency key for 24 hours: a retry later than that could refund twice, so the job first
// looks for a refund of ours on the payment.
async function refundAlreadyMade(paymentIntent: string, refundId: string): Promise<Stripe.Refund | null> {
  for await (const made of stripe().refunds.list({ payment_intent: paymentIntent, limit: 100 }))
    if (made.metadata?.refundId === refundId) return made;
  return null;
}

// Safe to run twice (a concurrent sender, the notification that came first): ending a refund and its e-mail
// happen once.
async function recordStripeRefund(tx: Tx, refundId: string, answer: Stripe.Refund, now: Date) {
  await tx.refund.updateMany({ where: { id: refundId, stripeRefundId: null }, data: { stripeRefundId: answer.id } });
  const key = { stripeRefundId: answer.id };
  if (answer.status === "failed" || answer.status === "canceled") return endCardRefund(tx, key, "FAILED", now);
  if (answer.status === "succeeded") return endCardRefund(tx, key, "SUCCEEDED", now);
  // Accepted, to be settled later (refund.updated): the shopper is told now.
  await queueCardRefundNotice(tx, refundId);
}

function refusedByStripe(error: unknown): boolean {
  const type = (error as { type?: unknown } | null)?.type;
  return type === "StripeInvalidRequestError" || type === "StripeCardError";
}

// GET /api/cron/card-refunds — every 5 minutes. Each refund has its own transaction (through sendCardRefund): one
// that fails is reported and stays due, the others go on.
export async function retryUnsentCardRefunds({ now }: { now: Date }): Promise<JobOutcome> {
  const unsent = await db().refund.findMany({
    where: {
      destination: "CARD",
      status: "PENDING",
      stripeRefundId: null,
      createdAt: { lte: new Date(now.getTime() - RETRY_AFTER_MS) },
    },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: 100,
  });
  const failures: ItemFailure[] = [];
  for (const { id } of unsent) {
    try {
      await sendCardRefund(id, now, { reconcile: true });
    } catch (error) {
      failures.push({ item: "refund", itemId: id, error });
    }
  }
  return { succeeded: unsent.length - failures.length, failures };
}
