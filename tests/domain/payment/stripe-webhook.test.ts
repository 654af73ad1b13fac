import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/stripe/webhook/route";
import { db } from "@/lib/db/client";
import { stripe } from "@/lib/payments/stripe";
import { createMarket, createUser } from "../../support/factories";

const SECRET = "whsec_test_secret";

beforeAll(() => {
  process.env.STRIPE_SECRET_KEY = "sk_test_offline";
  process.env.STRIPE_WEBHOOK_SECRET = SECRET;
});

let counter = 0;
function event(type: string, object: Record<string, unknown>) {
  counter++;
  return {
    id: `evt_${counter}_${Date.now()}`,
    object: "event",
    type,
    created: 1_790_000_000,
    data: { object },
    api_version: "2025-01-01",
    livemode: false,
  };
}

function deliver(payload: object, secret = SECRET) {
  const body = JSON.stringify(payload);
  const signature = stripe().webhooks.generateTestHeaderString({ payload: body, secret });
  return POST(
    new Request("http://cabas.test/api/stripe/webhook", {
      method: "POST",
      body,
      headers: { "stripe-signature": signature },
    }),
  );
}

async function pendingCardPayment(sessionId: string, amountCents = 2350) {
  const market = await createMarket();
  const user = await createUser();
  return db().payment.create({
    data: { marketId: market.id, userId: user.id, method: "CARD", amountCents, stripeCheckoutSessionId: sessionId },
  });
}

const balanceOf = async (userId: string) =>
  (await db().ledgerEntry.aggregate({ where: { userId }, _sum: { amountCents: true } }))._sum.amountCents ?? 0;

describe("POST /api/stripe/webhook", () => {
  it("refuses a bad signature with 400 and records nothing", async () => {
    const payment = await pendingCardPayment("cs_bad");
    const payload = event("checkout.session.completed", {
      id: "cs_bad",
      object: "checkout.session",
      payment_status: "paid",
      payment_intent: "pi_bad",
    });
    const response = await deliver(payload, "whsec_someone_else");
    expect(response.status).toBe(400);
    expect(await db().stripeEvent.count({ where: { id: payload.id } })).toBe(0);
    expect((await db().payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("PENDING");
    const unsigned = await POST(
      new Request("http://cabas.test/api/stripe/webhook", { method: "POST", body: JSON.stringify(payload) }),
    );
    expect(unsigned.status).toBe(400);
  });

  it("settles a paid checkout once: a replay and the payment-intent event change nothing", async () => {
    const payment = await pendingCardPayment("cs_ok", 2350);
    const completed = event("checkout.session.completed", {
      id: "cs_ok",
      object: "checkout.session",
      payment_status: "paid",
      payment_intent: "pi_ok",
    });
    expect(await (await deliver(completed)).json()).toEqual({ outcome: "processed" });
    expect(await (await deliver(completed)).json()).toEqual({ outcome: "duplicate" });
    expect(
      await (await deliver(event("payment_intent.succeeded", { id: "pi_ok", object: "payment_intent" }))).json(),
    ).toEqual({ outcome: "processed" });

    const settled = await db().payment.findUniqueOrThrow({ where: { id: payment.id } });
    expect(settled).toMatchObject({ status: "SUCCEEDED", stripePaymentIntentId: "pi_ok" });
    expect(await db().ledgerTransaction.count({ where: { paymentId: payment.id } })).toBe(1);
    expect(await balanceOf(payment.userId)).toBe(2350);
  });

  it("ignores a late failure for a payment already succeeded (out of order)", async () => {
    const payment = await pendingCardPayment("cs_ooo");
    await deliver(
      event("checkout.session.completed", {
        id: "cs_ooo",
        object: "checkout.session",
        payment_status: "paid",
        payment_intent: "pi_ooo",
      }),
    );
    await deliver(event("payment_intent.payment_failed", { id: "pi_ooo", object: "payment_intent" }));
    expect((await db().payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("SUCCEEDED");
  });

  it("asks Stripe to retry an event about a payment it does not know yet, then processes the retry", async () => {
    const early = event("checkout.session.completed", {
      id: "cs_later",
      object: "checkout.session",
      payment_status: "paid",
      payment_intent: "pi_later",
    });
    expect((await deliver(early)).status).toBe(409);
    expect(await db().stripeEvent.count({ where: { id: early.id } })).toBe(0);
    const payment = await pendingCardPayment("cs_later");
    expect((await deliver(early)).status).toBe(200);
    expect((await db().payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("SUCCEEDED");
  });

  it("records unrelated event types without acting on them", async () => {
    const other = event("customer.created", { id: "cus_1", object: "customer" });
    expect(await (await deliver(other)).json()).toEqual({ outcome: "ignored" });
    expect((await db().stripeEvent.findUniqueOrThrow({ where: { id: other.id } })).processedAt).not.toBeNull();
  });
});
