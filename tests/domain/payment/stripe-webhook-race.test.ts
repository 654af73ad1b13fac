import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { handleStripeEvent } from "@/lib/domain/payment/handle-stripe-event";
import { createMarket, createUser } from "../../support/factories";
import { onRealPostgres } from "../../support/on-real-postgres";
import type Stripe from "stripe";

const available = onRealPostgres("cabas_webhook_race");

describe.skipIf(!available)("Stripe events on PostgreSQL", () => {
  it("the same event delivered five times at once settles the payment once", async () => {
    const market = await createMarket();
    const user = await createUser();
    const payment = await db().payment.create({
      data: {
        marketId: market.id,
        userId: user.id,
        method: "CARD",
        amountCents: 1200,
        stripeCheckoutSessionId: "cs_race",
      },
    });
    const event = {
      id: "evt_race",
      type: "checkout.session.completed",
      created: 1_790_000_000,
      data: { object: { id: "cs_race", payment_status: "paid", payment_intent: "pi_race" } },
    } as unknown as Stripe.Event;
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => handleStripeEvent(event, new Date())));
    expect(outcomes.filter((o) => o === "processed")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "duplicate")).toHaveLength(4);
    expect(await db().ledgerTransaction.count({ where: { paymentId: payment.id } })).toBe(1);
  });
});
