import { beforeAll, describe, expect, it } from "vitest";
import type Stripe from "stripe";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { getDistributionDay } from "@/lib/domain/distribution-day/get-distribution-day";
import { DomainError } from "@/lib/domain/errors";
import { shopperBalanceCents } from "@/lib/domain/ledger/balances";
import { confirmOrder } from "@/lib/domain/order/confirm-order";
import { getMyOrderOrThrow } from "@/lib/domain/order/get-my-order";
import { setBasketQuantity } from "@/lib/domain/order/set-basket-quantity";
import { getDistributionPayments } from "@/lib/domain/payment/get-distribution-payments";
import { handleStripeEvent } from "@/lib/domain/payment/handle-stripe-event";
import { retryUnsentCardRefunds, sendCardRefund } from "@/lib/domain/payment/send-card-refunds";
import { startCardCheckout } from "@/lib/domain/payment/start-card-checkout";
import { withFakeStripe } from "../../support/fake-stripe";
import {
  createDistribution,
  createMarket,
  createMembership,
  createParticipation,
  createProducerWithCatalog,
  createProduct,
  createUser,
  payOnlineDue,
  postBalance,
  unbalancedTransactions,
} from "../../support/factories";

const fake = withFakeStripe();
const now = new Date("2026-06-01T10:00:00Z");
const later = new Date(now.getTime() + 10 * 60_000);

beforeAll(() => {
  process.env.APP_URL = "http://cabas.test";
});

// A market taking cards, an open sale with bread at 4,20 €, and a shopper (with an admin for the day screen).
async function openSale() {
  const market = await createMarket({ paymentMethods: ["CARD", "BALANCE", "ON_SITE"] });
  const distribution = await createDistribution(market, { now, inDays: 4 });
  const { catalog } = await createProducerWithCatalog();
  await db().catalogLink.create({ data: { catalogId: catalog.id, marketId: market.id } });
  await createParticipation(distribution.id, catalog.id);
  const bread = await createProduct(catalog.id, { name: "Pain", priceCents: 420 });
  const shopper = await loadActor((await createUser()).id);
  const admin = await createUser();
  await createMembership(market.id, admin.id, { isAdmin: true });
  const setBread = (quantityText: string, at = now) =>
    setBasketQuantity({
      actor: shopper,
      distributionId: distribution.id,
      productId: bread.id,
      quantityText,
      mode: "set",
      now: at,
    });
  return { market, distribution, bread, shopper, admin: await loadActor(admin.id), setBread };
}

const refundsOf = (orderId: string) => db().refund.findMany({ where: { orderId }, orderBy: { createdAt: "asc" } });
const refundPosts = () => fake.requests.filter((r) => r.method === "POST" && r.path === "/v1/refunds");

describe("a card-paid basket that grows", () => {
  it("asks for the difference by card, shows it owed until paid, and is square once paid", async () => {
    const { market, shopper, setBread } = await openSale();
    const { orderId } = await setBread("2");
    await payOnlineDue(shopper, orderId, now);
    expect(await shopperBalanceCents(db(), market.id, shopper.userId)).toBe(0);

    await setBread("3");
    expect(await getMyOrderOrThrow({ actor: shopper, orderId, now })).toMatchObject({
      totalCents: 1260,
      paidCents: 840,
      dueOnlineCents: 420,
    });
    expect(await shopperBalanceCents(db(), market.id, shopper.userId)).toBe(-420);
    expect(await unbalancedTransactions()).toEqual([]);

    const topUp = await payOnlineDue(shopper, orderId, now);
    const checkout = fake.requests.filter((r) => r.path === "/v1/checkout/sessions").at(-1)!;
    expect(checkout.body.get("line_items[0][price_data][unit_amount]")).toBe("420");
    expect(topUp.amountCents).toBe(420);
    expect((await getMyOrderOrThrow({ actor: shopper, orderId, now })).dueOnlineCents).toBe(0);
    expect(await shopperBalanceCents(db(), market.id, shopper.userId)).toBe(0);
    await expect(startCardCheckout({ actor: shopper, orderId, now, appUrl: "http://cabas.test" })).rejects.toEqual(
      new DomainError("NOTHING_TO_PAY"),
    );
    expect(await unbalancedTransactions()).toEqual([]);
  });

  it("left unpaid when orders close, stays a debt on the account, shown as « reste dû » on the day screen", async () => {
    const { market, distribution, shopper, admin, setBread } = await openSale();
    const { orderId } = await setBread("1");
    await payOnlineDue(shopper, orderId, now);
    await setBread("2");
    const closed = new Date(distribution.ordersCloseAt.getTime() + 60_000);
    await expect(startCardCheckout({ actor: shopper, orderId, now: closed, appUrl: "" })).rejects.toEqual(
      new DomainError("ORDER_CLOSED"),
    );
    expect(await shopperBalanceCents(db(), market.id, shopper.userId)).toBe(-420);
    const where = { actor: admin, marketId: market.id, distributionId: distribution.id };
    const day = await getDistributionDay({ ...where, now: distribution.pickupStartAt });
    expect(day.baskets.find((b) => b.id === orderId)).toMatchObject({ totalCents: 840, paidCents: 420 });
    // The day screen's « reste dû » for the basket, next to its payments.
    expect((await getDistributionPayments(where)).baskets.get(orderId)).toMatchObject({
      dueCents: 420,
      balanceCents: -420,
    });
    expect(await unbalancedTransactions()).toEqual([]);
  });
});

describe("a card-paid basket that shrinks", () => {
  it("records the refund with the change, then asks Stripe with the refund's id as idempotency key", async () => {
    const { market, shopper, setBread } = await openSale();
    const { orderId } = await setBread("3");
    const payment = await payOnlineDue(shopper, orderId, now);

    expect(await setBread("1")).toMatchObject({ refundedToCardCents: 840 });
    const [refund] = await refundsOf(orderId);
    expect(refund).toMatchObject({
      destination: "CARD",
      paymentId: payment.id,
      amountCents: 840,
      status: "SUCCEEDED",
      stripeRefundId: expect.stringMatching(/^re_fake_/),
    });
    const call = refundPosts().at(-1)!;
    expect(call.idempotencyKey).toBe(`refund-${refund.id}`);
    expect(call.body.get("payment_intent")).toBe(`pi_${payment.id}`);
    expect(call.body.get("amount")).toBe("840");
    expect(call.body.get("metadata[refundId]")).toBe(refund.id);
    const kinds = await db().ledgerTransaction.findMany({ where: { refundId: refund.id }, select: { kind: true } });
    expect(kinds.map((k) => k.kind).sort()).toEqual(["REFUND", "REFUND_SETTLED"]);
    expect(await shopperBalanceCents(db(), market.id, shopper.userId)).toBe(0);
    const user = await db().user.findUniqueOrThrow({ where: { id: shopper.userId } });
    expect((await db().emailOutbox.findUniqueOrThrow({ where: { dedupeKey: `refund:${refund.id}` } })).toEmail).toBe(
      user.email,
    );
    expect(await unbalancedTransactions()).toEqual([]);
  });

  it("keeps the change and its refund together when Stripe is down, and the job asks again later", async () => {
    const { market, shopper, setBread } = await openSale();
    const { orderId } = await setBread("2");
    await payOnlineDue(shopper, orderId, now);

    fake.failNext({ path: "/v1/refunds", status: 500 });
    expect(await setBread("1")).toMatchObject({ quantity: "1", refundedToCardCents: 420 });
    const [unsent] = await refundsOf(orderId);
    // The basket changed and its refund is recorded, in flight: nothing is owed to the shopper.
    expect(unsent).toMatchObject({ status: "PENDING", stripeRefundId: null, amountCents: 420 });
    expect(await shopperBalanceCents(db(), market.id, shopper.userId)).toBe(0);
    expect(await unbalancedTransactions()).toEqual([]);

    // Not before a minute: the request that recorded it may still be sending it.
    expect(await retryUnsentCardRefunds({ now })).toEqual({ succeeded: 0, failures: [] });
    expect(await retryUnsentCardRefunds({ now: later })).toEqual({ succeeded: 1, failures: [] });
    expect((await refundsOf(orderId))[0]).toMatchObject({ status: "SUCCEEDED", stripeRefundId: expect.any(String) });
    expect(refundPosts().filter((r) => r.idempotencyKey === `refund-${unsent.id}`)).toHaveLength(2);
    expect(await retryUnsentCardRefunds({ now: later })).toEqual({ succeeded: 0, failures: [] });
    expect(await unbalancedTransactions()).toEqual([]);
  });

  it("a refund Stripe made but whose answer was lost is recorded by the job, never made twice", async () => {
    const { shopper, setBread } = await openSale();
    const { orderId } = await setBread("2");
    await payOnlineDue(shopper, orderId, now);
    // The answer of a refund Stripe made is lost (a crash, the network), so nothing is recorded of it.
    fake.failNext({ path: "/v1/refunds", status: 500, lost: true });
    await setBread("1");
    const [refund] = await refundsOf(orderId);
    expect(refund).toMatchObject({ status: "PENDING", stripeRefundId: null });
    const posted = refundPosts().length;

    // Stripe keeps idempotency keys a day only: the job first looks for the refund it may have made.
    expect(await retryUnsentCardRefunds({ now: later })).toEqual({ succeeded: 1, failures: [] });
    expect(refundPosts()).toHaveLength(posted);
    expect((await refundsOf(orderId))[0]).toMatchObject({ status: "SUCCEEDED", stripeRefundId: expect.any(String) });
    expect(await unbalancedTransactions()).toEqual([]);
  });

  it("a refund Stripe refuses ends failed, and its amount goes back to the shopper's balance", async () => {
    const { market, shopper, setBread } = await openSale();
    const { orderId } = await setBread("2");
    await payOnlineDue(shopper, orderId, now);
    fake.failNext({ path: "/v1/refunds", status: 400 });
    await setBread("1");
    const [refund] = await refundsOf(orderId);
    expect(refund).toMatchObject({ status: "FAILED", stripeRefundId: null });
    const kinds = await db().ledgerTransaction.findMany({ where: { refundId: refund.id }, select: { kind: true } });
    expect(kinds.map((k) => k.kind).sort()).toEqual(["REFUND", "REFUND_FAILED"]);
    expect(await shopperBalanceCents(db(), market.id, shopper.userId)).toBe(420);
    // Nobody is told of a refund that did not happen.
    expect(await db().emailOutbox.count({ where: { dedupeKey: `refund:${refund.id}` } })).toBe(0);
    expect(await unbalancedTransactions()).toEqual([]);
  });

  it("Stripe's notification arriving before our own answer is recorded ends the refund by its id", async () => {
    const { shopper, setBread } = await openSale();
    const { orderId } = await setBread("2");
    await payOnlineDue(shopper, orderId, now);
    fake.failNext({ path: "/v1/refunds", status: 500 });
    await setBread("1");
    const [refund] = await refundsOf(orderId);
    const event = {
      id: `evt_${refund.id}`,
      type: "refund.updated",
      created: 1_790_000_000,
      data: {
        object: { id: "re_from_stripe", object: "refund", status: "succeeded", metadata: { refundId: refund.id } },
      },
    } as unknown as Stripe.Event;
    expect(await handleStripeEvent(event, now)).toBe("processed");
    expect((await refundsOf(orderId))[0]).toMatchObject({ status: "SUCCEEDED", stripeRefundId: "re_from_stripe" });
    expect(await db().emailOutbox.count({ where: { dedupeKey: `refund:${refund.id}` } })).toBe(1);
    // The job has nothing left to send, and sending it again does nothing.
    await sendCardRefund(refund.id, later);
    expect(await retryUnsentCardRefunds({ now: later })).toEqual({ succeeded: 0, failures: [] });
    expect(await unbalancedTransactions()).toEqual([]);
  });
});

describe("a basket paid from the balance", () => {
  it("is re-checked on every change: a rise past the credit is refused and changes nothing", async () => {
    const { market, shopper, setBread } = await openSale();
    await postBalance(market.id, shopper.userId, 1000);
    const { orderId } = await setBread("2");
    await confirmOrder({ actor: shopper, orderId, method: "BALANCE", now });
    expect(await shopperBalanceCents(db(), market.id, shopper.userId)).toBe(160);

    await expect(setBread("3")).rejects.toEqual(new DomainError("BALANCE_TOO_LOW", "quantity"));
    const line = await db().orderLine.findFirstOrThrow({ where: { orderId } });
    expect(line.quantity.toString()).toBe("2");
    expect(await shopperBalanceCents(db(), market.id, shopper.userId)).toBe(160);

    await setBread("1");
    expect(await shopperBalanceCents(db(), market.id, shopper.userId)).toBe(580);
    expect(await db().refund.count({ where: { orderId } })).toBe(0);
    expect(await unbalancedTransactions()).toEqual([]);
  });
});
