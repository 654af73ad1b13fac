import type Stripe from "stripe";
import { handleStripeEvent } from "@/lib/domain/payment/handle-stripe-event";
import { stripe, webhookSecret } from "@/lib/payments/stripe";

// POST /api/stripe/webhook — the signature is checked on the raw body before anything is read or recorded.
export async function POST(request: Request) {
  const body = await request.text();
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
