import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { validateDistribution } from "@/lib/domain/distribution-day/validate-distribution";
import { handleStripeEvent } from "@/lib/domain/payment/handle-stripe-event";
import { createMarket, createUser, unbalancedTransactions } from "../../support/factories";
import { onRealPostgres } from "../../support/on-real-postgres";
import { openSale, shopperWithBasket } from "../../support/sale";
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

  it("a card payment settling for a draft while its distribution is validated: the basket is validated too, or stays a draft", async () => {
    // The close job failed on the distribution: its draft was never dropped. Stripe's notice comes at a different
    // moment of the validation each round; without the validation holding the drafts, one confirmed after it had
    // read its baskets was left confirmed and never validated, outside its payouts.
    for (const delayMs of [0, 5, 10, 15, 20, 30, 40, 60]) {
      const sale = await openSale({ inDays: 2 });
      const honey = await sale.product({ priceCents: 700 });
      const orders = [];
      for (let n = 0; n < 5; n++)
        orders.push((await shopperWithBasket(sale, honey.id, "1", { confirm: true })).orderId);
      const draft = await shopperWithBasket(sale, honey.id, "2");
      const sessionId = `cs_late_${sale.market.id}`;
      await db().payment.create({
        data: {
          marketId: sale.market.id,
          userId: draft.user.id,
          orderId: draft.orderId,
          method: "CARD",
          amountCents: 1400,
          stripeCheckoutSessionId: sessionId,
        },
      });
      const event = {
        id: `evt_late_${sale.market.id}`,
        type: "checkout.session.completed",
        created: 1_790_000_000,
        data: { object: { id: sessionId, payment_status: "paid", payment_intent: `pi_late_${sale.market.id}` } },
      } as unknown as Stripe.Event;
      const day = new Date(sale.distribution.pickupStartAt.getTime() + 60_000);
      await Promise.all([
        validateDistribution({
          actor: sale.admin,
          marketId: sale.market.id,
          distributionId: sale.distribution.id,
          unpaid: Object.fromEntries(orders.map((id) => [id, "DEBT" as const])),
          now: day,
        }),
        new Promise((resolve) => setTimeout(resolve, delayMs)).then(() => handleStripeEvent(event, day)),
      ]);
      const basket = await db().order.findUniqueOrThrow({ where: { id: draft.orderId } });
      expect(basket.confirmedAt === null || basket.validatedAt !== null, `after ${delayMs} ms`).toBe(true);
    }
    expect(await unbalancedTransactions()).toEqual([]);
  });
});
