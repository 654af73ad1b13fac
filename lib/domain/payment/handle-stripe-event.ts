import type Stripe from "stripe";
import { db } from "@/lib/db/client";
import { endCardRefund } from "./card-refund-ledger";
import { failPayment, settlePayment } from "./settle-payment";

export type StripeEventOutcome = "processed" | "duplicate" | "ignored" | "retry-later";

// Each event is recorded by id in the same transaction as its effect, so a replay changes nothing.
// "retry-later" (the payment row is not there yet, e.g. the event beat our own commit) is answered with an
// error status so that Stripe sends it again.
export async function handleStripeEvent(event: Stripe.Event, now: Date): Promise<StripeEventOutcome> {
  return db()
    .$transaction(async (tx) => {
      const inserted = await tx.stripeEvent.createMany({
        data: [{ id: event.id, type: event.type, createdAt: new Date(event.created * 1000) }],
        skipDuplicates: true,
      });
      if (inserted.count === 0) return "duplicate";

      let found = true;
      let handled = true;
      switch (event.type) {
        case "checkout.session.completed":
        case "checkout.session.async_payment_succeeded": {
          const session = event.data.object;
          if (session.payment_status !== "paid") break;
          const paymentIntentId =
            typeof session.payment_intent === "string" ? session.payment_intent : session.payment_intent?.id;
          found = await settlePayment(tx, { stripeCheckoutSessionId: session.id }, { now, paymentIntentId });
          break;
        }
        case "checkout.session.async_payment_failed":
          found = await failPayment(tx, { stripeCheckoutSessionId: event.data.object.id }, "FAILED");
          break;
        case "checkout.session.expired":
          found = await failPayment(tx, { stripeCheckoutSessionId: event.data.object.id }, "CANCELLED");
          break;
        case "payment_intent.succeeded":
          found = await settlePayment(tx, { stripePaymentIntentId: event.data.object.id }, { now });
          break;
        case "payment_intent.payment_failed":
          found = await failPayment(tx, { stripePaymentIntentId: event.data.object.id }, "FAILED");
          break;
        case "refund.updated":
        case "refund.created": {
          const refund = event.data.object;
          const key = { stripeRefundId: refund.id, refundId: refund.metadata?.refundId };
          if (refund.status === "succeeded") await endCardRefund(tx, key, "SUCCEEDED", now);
          else if (refund.status === "failed" || refund.status === "canceled")
            await endCardRefund(tx, key, "FAILED", now);
          break;
        }
        case "account.updated": {
          const account = event.data.object;
          if (account.charges_enabled && account.payouts_enabled) {
            await tx.producer.updateMany({
              where: { stripeAccountId: account.id, stripeOnboardedAt: null },
              data: { stripeOnboardedAt: now },
            });
          }
          break;
        }
        default:
          handled = false;
      }
      if (!found) {
        // Undo the record so the retried delivery is processed.
        throw new RetryLater();
      }
      await tx.stripeEvent.update({ where: { id: event.id }, data: { processedAt: now } });
      return handled ? "processed" : "ignored";
    })
    .catch((error) => {
      if (error instanceof RetryLater) return "retry-later" as const;
      throw error;
    });
}

class RetryLater extends Error {}
