import { beforeAll, describe, expect, it } from "vitest";
import { POST as webhook } from "@/app/api/stripe/webhook/route";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";
import { recordOrderDebt } from "@/lib/domain/ledger/record-order-debt";
import { refundOverpayment } from "@/lib/domain/payment/refund-overpayment";
import { startCardCheckout } from "@/lib/domain/payment/start-card-checkout";
import { stripe } from "@/lib/payments/stripe";
import { withFakeStripe } from "../../support/fake-stripe";
import {
  createDistribution,
  createMarket,
  createMembership,
  createParticipation,
  createProducerWithCatalog,
  createProduct,
  createUser,
} from "../../support/factories";

const fake = withFakeStripe();
beforeAll(() => {
  process.env.STRIPE_WEBHOOK_SECRET = "whsec_card";
});

async function paidWebhook(sessionId: string, paymentIntent: string) {
  const body = JSON.stringify({
    id: `evt_${sessionId}`,
    object: "event",
    type: "checkout.session.completed",
    created: 1_790_000_000,
    data: {
      object: { id: sessionId, object: "checkout.session", payment_status: "paid", payment_intent: paymentIntent },
    },
  });
  const signature = stripe().webhooks.generateTestHeaderString({ payload: body, secret: "whsec_card" });
  return webhook(
    new Request("http://cabas.test/api/stripe/webhook", {
      method: "POST",
      body,
      headers: { "stripe-signature": signature },
    }),
  );
}

const balance = async (userId: string, marketId: string) =>
  (await db().ledgerEntry.aggregate({ where: { userId, marketId }, _sum: { amountCents: true } }))._sum.amountCents ??
  0;

describe("card payment, then refund after weighing", () => {
  it("charges variable weight at its maximum, then refunds the difference to the card; the ledger adds up", async () => {
    const now = new Date("2026-06-01T10:00:00Z");
    const market = await createMarket({ paymentMethods: ["ON_SITE", "CARD"] });
    const distribution = await createDistribution(market, { now, inDays: 4 });
    const shopper = await createUser();
    await createMembership(market.id, shopper.id);
    const admin = await createUser();
    await createMembership(market.id, admin.id, { isAdmin: true });
    const { catalog } = await createProducerWithCatalog();
    const squash = await createProduct(catalog.id, {
      priceCents: 290,
      maxPriceCents: 435,
      unit: "KG",
      variableWeight: true,
      step: 0.1,
    });
    const bread = await createProduct(catalog.id, { priceCents: 420 });
    await db().catalogLink.create({ data: { catalogId: catalog.id, marketId: market.id } });
    await createParticipation(distribution.id, catalog.id);
    const order = await db().order.create({
      data: {
        marketId: market.id,
        distributionId: distribution.id,
        userId: shopper.id,
        basketNumber: 1,
        lines: {
          create: [
            { productId: squash.id, quantity: 2, unitPriceCents: 290, vatRateBp: 550, productName: "Courge" },
            { productId: bread.id, quantity: 1, unitPriceCents: 420, vatRateBp: 550, productName: "Pain" },
          ],
        },
      },
      include: { lines: true },
    });
    await db().$transaction((tx) => recordOrderDebt(tx, order.id)); // a draft: owes nothing until paid

    const shopperActor = await loadActor(shopper.id);
    const { paymentId, url } = await startCardCheckout({
      actor: shopperActor,
      orderId: order.id,
      now,
      appUrl: "http://cabas.test",
    });
    expect(url).toMatch(/^http:\/\/fake-stripe\.test\/pay\//);
    const sessionRequest = fake.requests.find((r) => r.path === "/v1/checkout/sessions")!;
    expect(sessionRequest.body.get("line_items[0][price_data][unit_amount]")).toBe("1290"); // 2 × 4,35 + 4,20
    expect(await balance(shopper.id, market.id)).toBe(0); // pending payment not counted, the draft owes nothing

    const payment = await db().payment.findUniqueOrThrow({ where: { id: paymentId } });
    expect((await paidWebhook(payment.stripeCheckoutSessionId!, "pi_card_1")).status).toBe(200);
    expect(await balance(shopper.id, market.id)).toBe(290); // paid 12,90 €, the confirmed order owes 10,00 €

    // Weighed at 1,8 kg: new total 5,22 + 4,20 = 9,42 €, refund 12,90 − 9,42 = 3,48 €.
    const squashLine = order.lines.find((l) => l.productId === squash.id)!;
    await db().$transaction(async (tx) => {
      await tx.orderLine.update({ where: { id: squashLine.id }, data: { deliveredQuantity: 1.8 } });
      await recordOrderDebt(tx, order.id);
    });
    const adminActor = await loadActor(admin.id);
    await expect(refundOverpayment({ actor: shopperActor, orderId: order.id, now })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );
    expect(await refundOverpayment({ actor: adminActor, orderId: order.id, now })).toEqual({
      refundedCents: 348,
      toCardCents: 348,
      toBalanceCents: 0,
    });
    expect(await refundOverpayment({ actor: adminActor, orderId: order.id, now })).toEqual({
      refundedCents: 0,
      toCardCents: 0,
      toBalanceCents: 0,
    });
    const refundCall = fake.requests.find((r) => r.path === "/v1/refunds")!;
    expect(refundCall.body.get("payment_intent")).toBe("pi_card_1");
    expect(refundCall.body.get("amount")).toBe("348");
    expect(await balance(shopper.id, market.id)).toBe(0);
    const refundMail = await db().emailOutbox.findFirstOrThrow({
      where: {
        template: "refund-issued",
        toEmail: (await db().user.findUniqueOrThrow({ where: { id: shopper.id } })).email,
      },
    });
    expect(refundMail.text).toMatch(/3,48\s€ vous sont remboursés sur votre carte/);
  });

  it("refuses card payment where the market does not offer it, and another shopper's order", async () => {
    const now = new Date("2026-06-01T10:00:00Z");
    const market = await createMarket({ paymentMethods: ["ON_SITE"] });
    const distribution = await createDistribution(market, { now, inDays: 4 });
    const shopper = await createUser();
    const other = await createUser();
    const order = await db().order.create({
      data: { marketId: market.id, distributionId: distribution.id, userId: shopper.id, basketNumber: 1 },
    });
    await expect(
      startCardCheckout({ actor: await loadActor(other.id), orderId: order.id, now, appUrl: "" }),
    ).rejects.toEqual(new DomainError("NOT_FOUND"));
    await expect(
      startCardCheckout({ actor: await loadActor(shopper.id), orderId: order.id, now, appUrl: "" }),
    ).rejects.toEqual(new DomainError("PAYMENT_METHOD_UNAVAILABLE"));
  });
});

describe("editing an order paid online while the sale is open", () => {
  it("confirms the order on payment, refunds a decrease to the card at once, and asks for a raise's difference", async () => {
    const now = new Date("2026-06-01T10:00:00Z");
    const market = await createMarket({ paymentMethods: ["CARD"] });
    const distribution = await createDistribution(market, { now, inDays: 4 });
    const { catalog } = await createProducerWithCatalog();
    await db().catalogLink.create({ data: { catalogId: catalog.id, marketId: market.id } });
    await db().participation.create({
      data: { distributionId: distribution.id, catalogId: catalog.id, status: "ACCEPTED" },
    });
    const bread = await createProduct(catalog.id, { priceCents: 420 });
    const shopper = await loadActor((await createUser()).id);
    const { setBasketQuantity } = await import("@/lib/domain/order/set-basket-quantity");
    const { getMyOrderOrThrow } = await import("@/lib/domain/order/get-my-order");
    const { orderId } = await setBasketQuantity({
      actor: shopper,
      distributionId: distribution.id,
      productId: bread.id,
      quantityText: "3",
      mode: "add",
      now,
    });
    const { paymentId } = await startCardCheckout({ actor: shopper, orderId, now, appUrl: "http://cabas.test" });
    const payment = await db().payment.findUniqueOrThrow({ where: { id: paymentId } });
    await paidWebhook(payment.stripeCheckoutSessionId!, "pi_edit");
    expect(await getMyOrderOrThrow({ actor: shopper, orderId, now })).toMatchObject({
      paymentMethod: "CARD",
      paidCents: 1260,
      dueOnlineCents: 0,
    });
    expect((await db().order.findUniqueOrThrow({ where: { id: orderId } })).confirmedAt).not.toBeNull();

    expect(
      await setBasketQuantity({
        actor: shopper,
        distributionId: distribution.id,
        productId: bread.id,
        quantityText: "1",
        mode: "set",
        now,
      }),
    ).toMatchObject({ refundedToCardCents: 840 });
    expect(await balance(shopper.userId, market.id)).toBe(0);

    await setBasketQuantity({
      actor: shopper,
      distributionId: distribution.id,
      productId: bread.id,
      quantityText: "2",
      mode: "set",
      now,
    });
    expect((await getMyOrderOrThrow({ actor: shopper, orderId, now })).dueOnlineCents).toBe(420);
    expect(await balance(shopper.userId, market.id)).toBe(-420);
  });
});
