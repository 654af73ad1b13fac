import type Stripe from "stripe";
import { handleStripeEvent } from "@/lib/domain/payment/handle-stripe-event";
import { readLimitedText } from "@/lib/http/read-limited-text";
import { stripe, webhookSecret } from "@/lib/payments/stripe";

// Stripe's events are a few kilobytes; anything far larger is not Stripe.
const MAX_EVENT_BYTES = 256 * 1024;

// POST /api/stripe/webhook — the body is capped before it is read, and its signature checked before anything
// in it is recorded.
export async function POST(request: Request) {
  const body = await readLimitedText(request, MAX_EVENT_BYTES);
  if (body === null) return Response.json({ error: "payload too large" }, { status: 413 });
  const signature = request.headers.get("stripe-signature");
  let event: Stripe.Event;
  try {
    if (!signature) throw new Error("missing signature");
    event = stripe().webhooks.constructEvent(body, signature, webhookSecret());
  } catch {
    return Response.json({ error: "invalid signature" }, { status: 400 });
  }
  const outcome = await handleStripeEvent(event, new Date());
  if (outcome === "retry-later") return Response.json({ outcome }, { status: 409 });
  return Response.json({ outcome });
}
