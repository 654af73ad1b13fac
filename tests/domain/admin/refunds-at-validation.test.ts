import { describe, expect, it } from "vitest";
import type { LedgerAccount } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { loadActor, type Actor } from "@/lib/domain/access/actor";
import { adjustBasket } from "@/lib/domain/distribution-day/adjust-basket";
import { validateBasket } from "@/lib/domain/distribution-day/validate-basket";
import { validateDistribution } from "@/lib/domain/distribution-day/validate-distribution";
import { DomainError } from "@/lib/domain/errors";
import { shopperBalanceCents } from "@/lib/domain/ledger/balances";
import { confirmOrder } from "@/lib/domain/order/confirm-order";
import { setBasketQuantity } from "@/lib/domain/order/set-basket-quantity";
import { receivePayment } from "@/lib/domain/payment/receive-payment";
import { refundOverpayment } from "@/lib/domain/payment/refund-overpayment";
import { retryUnsentCardRefunds } from "@/lib/domain/payment/send-card-refunds";
import { payDuePayouts } from "@/lib/domain/payout/pay-due-payouts";
import { recordProducerSettlement } from "@/lib/domain/payout/record-producer-settlement";
import { reverseProducerSettlement } from "@/lib/domain/payout/reverse-producer-settlement";
import { schedulePayouts } from "@/lib/domain/payout/schedule-payouts";
import { stripeTransfer } from "@/lib/payments/stripe-transfer";
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
  unbalancedTransactions,
} from "../../support/factories";

const fake = withFakeStripe();
const ordering = new Date("2026-06-01T10:00:00Z");

// A sale with a connected producer selling squash by weight (2,90 €/kg, charged online at 4,35 €/kg) and bread
// (4,20 €), an admin, and a way to make baskets.
async function saleOfTheDay({ feeBp = 0 } = {}) {
  const market = await createMarket({ paymentMethods: ["CARD", "ON_SITE"], feeBp });
  const distribution = await createDistribution(market, { now: ordering, inDays: 3 });
  const { producer, catalog } = await createProducerWithCatalog("Ferme des Sources");
  await db().producer.update({
    where: { id: producer.id },
    data: { stripeAccountId: `acct_${producer.id}`, stripeOnboardedAt: ordering },
  });
  await db().catalogLink.create({ data: { catalogId: catalog.id, marketId: market.id } });
  await createParticipation(distribution.id, catalog.id);
  const squash = await createProduct(catalog.id, {
    name: "Courge",
    priceCents: 290,
    maxPriceCents: 435,
    unit: "KG",
    variableWeight: true,
    step: 0.1,
  });
  const bread = await createProduct(catalog.id, { name: "Pain", priceCents: 420 });
  const admin = await createUser();
  await createMembership(market.id, admin.id, { isAdmin: true });
  const basket = async (items: [{ id: string }, string][]) => {
    const shopper = await loadActor((await createUser()).id);
    let orderId = "";
    for (const [product, quantityText] of items)
      ({ orderId } = await setBasketQuantity({
        actor: shopper,
        distributionId: distribution.id,
        productId: product.id,
        quantityText,
        mode: "add",
        now: ordering,
      }));
    return { shopper, orderId };
  };
  const during = new Date(distribution.pickupStartAt.getTime() + 10 * 60_000);
  const adminActor = await loadActor(admin.id);
  const lineOf = async (orderId: string, productId: string) =>
    (await db().orderLine.findFirstOrThrow({ where: { orderId, productId } })).id;
  const adjust = async (orderId: string, product: { id: string }, delivered: string, refundTo?: "CARD" | "BALANCE") =>
    adjustBasket({
      actor: adminActor,
      marketId: market.id,
      orderId,
      delivered: { [await lineOf(orderId, product.id)]: delivered },
      refundTo,
      now: during,
    });
  return { market, distribution, producer, squash, bread, admin: adminActor, basket, during, adjust };
}

const balanceOf = (marketId: string, shopper: Actor) => shopperBalanceCents(db(), marketId, shopper.userId);
const refundsOf = (orderId: string) => db().refund.findMany({ where: { orderId }, orderBy: { amountCents: "desc" } });
const sumOf = async (where: {
  account: LedgerAccount;
  distributionId?: string;
  producerId?: string;
  marketId?: string;
}) => (await db().ledgerEntry.aggregate({ where, _sum: { amountCents: true } }))._sum.amountCents ?? 0;

describe("refunds before validation", () => {
  it("validating a basket gives an overpayment back: to the card first, the rest on the balance", async () => {
    const { market, squash, bread, admin, basket, during, adjust } = await saleOfTheDay();
    // Charged 2 × 4,35 + 4,20 = 12,90 € online; weighed at 1,8 kg, the basket costs 5,22 + 4,20 = 9,42 €.
    const weighed = await basket([
      [squash, "2"],
      [bread, "1"],
    ]);
    const payment = await payOnlineDue(weighed.shopper, weighed.orderId, ordering);
    expect(payment.amountCents).toBe(1290);
    expect(await adjust(weighed.orderId, squash, "1,8")).toMatchObject({ totalCents: 942, refundDueCents: 348 });
    await validateBasket({
      actor: admin,
      marketId: market.id,
      orderId: weighed.orderId,
      onSiteMethod: null,
      now: during,
    });
    expect(await refundsOf(weighed.orderId)).toMatchObject([
      { destination: "CARD", paymentId: payment.id, amountCents: 348, status: "SUCCEEDED" },
    ]);
    expect(
      fake.requests
        .filter((r) => r.path === "/v1/refunds")
        .at(-1)!
        .body.get("amount"),
    ).toBe("348");
    expect(await balanceOf(market.id, weighed.shopper)).toBe(0);
    expect(await unbalancedTransactions()).toEqual([]);

    // Paid 8,40 € by card and 5,00 € in cash, delivered one bread (4,20 €): 8,40 € to the card, 0,80 € credited.
    const mixed = await basket([[bread, "2"]]);
    await payOnlineDue(mixed.shopper, mixed.orderId, ordering);
    await db().$transaction((tx) =>
      receivePayment(tx, {
        marketId: market.id,
        userId: mixed.shopper.userId,
        orderId: mixed.orderId,
        method: "CASH",
        amountCents: 500,
        now: during,
      }),
    );
    await adjust(mixed.orderId, bread, "1");
    await validateBasket({
      actor: admin,
      marketId: market.id,
      orderId: mixed.orderId,
      onSiteMethod: null,
      now: during,
    });
    expect(await refundsOf(mixed.orderId)).toMatchObject([
      { destination: "CARD", amountCents: 840, status: "SUCCEEDED" },
      { destination: "BALANCE", amountCents: 80, status: "SUCCEEDED" },
    ]);
    expect(await balanceOf(market.id, mixed.shopper)).toBe(80);
    expect(await unbalancedTransactions()).toEqual([]);
  });

  it("refuses to validate while a card refund is still in flight, naming the baskets", async () => {
    const { market, distribution, bread, admin, basket, during, adjust } = await saleOfTheDay();
    const paid = await basket([[bread, "2"]]);
    await payOnlineDue(paid.shopper, paid.orderId, ordering);
    const other = await basket([[bread, "1"]]);
    await confirmOrder({ actor: other.shopper, orderId: other.orderId, method: "ON_SITE", now: ordering });
    await adjust(paid.orderId, bread, "1");
    fake.failNext({ path: "/v1/refunds", status: 500 });
    expect(await refundOverpayment({ actor: admin, orderId: paid.orderId, now: during })).toMatchObject({
      toCardCents: 420,
    });
    const { basketNumber } = await db().order.findUniqueOrThrow({ where: { id: paid.orderId } });

    const pending = new DomainError("CARD_REFUND_PENDING", undefined, { baskets: String(basketNumber) });
    await expect(
      validateBasket({ actor: admin, marketId: market.id, orderId: paid.orderId, onSiteMethod: null, now: during }),
    ).rejects.toEqual(pending);
    const close = () =>
      validateDistribution({
        actor: admin,
        marketId: market.id,
        distributionId: distribution.id,
        unpaid: { [other.orderId]: "DEBT" },
        now: during,
      });
    await expect(close()).rejects.toEqual(pending);
    expect((await db().distribution.findUniqueOrThrow({ where: { id: distribution.id } })).validatedAt).toBeNull();

    await retryUnsentCardRefunds({ now: new Date(during.getTime() + 5 * 60_000) });
    expect(await close()).toEqual({ validatedBaskets: 2, paidNow: 0, leftAsDebts: 1 });
    expect(await refundsOf(paid.orderId)).toMatchObject([{ amountCents: 420, status: "SUCCEEDED" }]);
    expect(await unbalancedTransactions()).toEqual([]);
  });
});

describe("adjusting a basket after validation", () => {
  it("gives the difference back where the admin chooses: on the balance, or to the card", async () => {
    const { market, bread, admin, basket, during, adjust } = await saleOfTheDay();
    const { shopper, orderId } = await basket([[bread, "3"]]);
    await payOnlineDue(shopper, orderId, ordering);
    await validateBasket({ actor: admin, marketId: market.id, orderId, onSiteMethod: null, now: during });
    const stripeCalls = fake.requests.length;

    expect(await adjust(orderId, bread, "2", "BALANCE")).toMatchObject({
      totalCents: 840,
      refundedToCardCents: 0,
      creditedToBalanceCents: 420,
      refundDueCents: 0,
    });
    expect(fake.requests).toHaveLength(stripeCalls);
    expect(await balanceOf(market.id, shopper)).toBe(420);
    expect(await unbalancedTransactions()).toEqual([]);

    expect(await adjust(orderId, bread, "1", "CARD")).toMatchObject({
      totalCents: 420,
      refundedToCardCents: 420,
      creditedToBalanceCents: 0,
    });
    expect(await refundsOf(orderId)).toMatchObject([
      { destination: "BALANCE", amountCents: 420 },
      { destination: "CARD", amountCents: 420, status: "SUCCEEDED" },
    ]);
    expect(await balanceOf(market.id, shopper)).toBe(420);
    expect(await unbalancedTransactions()).toEqual([]);
  });

  it("once payouts are scheduled, corrects the fee and the payout; a payout already paid refuses what it cannot take back", async () => {
    const { market, distribution, producer, bread, admin, basket, during, adjust } = await saleOfTheDay({
      feeBp: 1000,
    });
    const card = await basket([[bread, "2"]]);
    await payOnlineDue(card.shopper, card.orderId, ordering);
    const cash = await basket([[bread, "2"]]);
    await confirmOrder({ actor: cash.shopper, orderId: cash.orderId, method: "ON_SITE", now: ordering });
    await validateBasket({
      actor: admin,
      marketId: market.id,
      orderId: cash.orderId,
      onSiteMethod: "CASH",
      now: during,
    });
    await validateDistribution({
      actor: admin,
      marketId: market.id,
      distributionId: distribution.id,
      unpaid: {},
      now: during,
    });
    await schedulePayouts({ now: new Date(during.getTime() + 3_600_000) });

    const payout = () => db().payout.findFirstOrThrow({ where: { producerId: producer.id } });
    const producerAccount = () =>
      sumOf({ account: "PRODUCER", producerId: producer.id, distributionId: distribution.id });
    const fees = () => sumOf({ account: "MARKET_FEES", marketId: market.id });
    // Paid (or to be paid) by Cabas + owed by the market + fees = what was delivered. The producer's account
    // holds what is still owed to it: by the market, and by Cabas until its payout is paid.
    const expectBooksToAddUp = async (deliveredCents: number) => {
      const { amountCents, status } = await payout();
      const owedByMarket = (await producerAccount()) - (status === "PAID" ? 0 : amountCents);
      expect(amountCents + owedByMarket + (await fees())).toBe(deliveredCents);
      expect(await unbalancedTransactions()).toEqual([]);
    };
    // 16,80 € of bread, a 10 % fee of 1,68 €, 8,40 € collected online and scheduled for payout.
    expect(await payout()).toMatchObject({ grossCents: 1680, feeCents: 168, onlineCents: 840, amountCents: 840 });
    await expectBooksToAddUp(1680);

    await adjust(card.orderId, bread, "1", "CARD");
    expect(await payout()).toMatchObject({ grossCents: 1260, feeCents: 126, onlineCents: 420, amountCents: 420 });
    expect(await fees()).toBe(126);
    expect(await producerAccount()).toBe(1260 - 126);
    await expectBooksToAddUp(1260);
    // The fee invoice follows the fee: the 1,68 € one cancelled by a credit note, 1,26 € invoiced again.
    const invoices = () =>
      db().invoice.findMany({
        where: { distributionId: distribution.id },
        orderBy: { number: "asc" },
        select: {
          number: true,
          kind: true,
          revision: true,
          includingVatCents: true,
          creditedInvoice: { select: { number: true } },
        },
      });
    expect(await invoices()).toEqual([
      { number: 1, kind: "INVOICE", revision: 0, includingVatCents: 168, creditedInvoice: null },
      { number: 2, kind: "CREDIT_NOTE", revision: 0, includingVatCents: -168, creditedInvoice: { number: 1 } },
      { number: 3, kind: "INVOICE", revision: 1, includingVatCents: 126, creditedInvoice: null },
    ]);

    const monday = new Date((await payout()).scheduledFor.getTime() + 12 * 3_600_000);
    await payDuePayouts({ now: monday, transfer: stripeTransfer() });
    expect(await payout()).toMatchObject({ status: "PAID", amountCents: 420 });
    await expectBooksToAddUp(1260);

    // Cabas has paid out the 4,20 € it collected online for this basket: refunding it is no longer possible.
    await expect(adjust(card.orderId, bread, "0", "CARD")).rejects.toEqual(
      new DomainError("PRODUCER_ALREADY_PAID", undefined, {
        producer: "Ferme des Sources",
        distribution: distribution.pickupStartAt,
        timeZone: "Europe/Paris",
      }),
    );
    expect(await refundsOf(card.orderId)).toHaveLength(1);
    await expectBooksToAddUp(1260);

    // The cash basket's money is the market's: lowering it credits the shopper, and the producer, paid 4,20 € by
    // Cabas, is now owed 8,40 − 0,84 − 4,20 = 3,36 € by the market.
    await adjust(cash.orderId, bread, "1", "BALANCE");
    expect(await balanceOf(market.id, cash.shopper)).toBe(420);
    expect(await producerAccount()).toBe(336);
    expect(await payout()).toMatchObject({ status: "PAID", amountCents: 420 });
    await expectBooksToAddUp(840);
    expect((await invoices()).slice(3)).toEqual([
      { number: 4, kind: "CREDIT_NOTE", revision: 1, includingVatCents: -126, creditedInvoice: { number: 3 } },
      { number: 5, kind: "INVOICE", revision: 2, includingVatCents: 84, creditedInvoice: null },
    ]);
  });

  it("refuses to lower a producer's sales below what the market already paid it, until that payment is reversed", async () => {
    const { market, distribution, producer, bread, admin, basket, during, adjust } = await saleOfTheDay({
      feeBp: 1000,
    });
    const cash = await basket([[bread, "3"]]);
    await confirmOrder({ actor: cash.shopper, orderId: cash.orderId, method: "ON_SITE", now: ordering });
    await validateBasket({
      actor: admin,
      marketId: market.id,
      orderId: cash.orderId,
      onSiteMethod: "CASH",
      now: during,
    });
    await validateDistribution({
      actor: admin,
      marketId: market.id,
      distributionId: distribution.id,
      unpaid: {},
      now: during,
    });
    await schedulePayouts({ now: new Date(during.getTime() + 3_600_000) });
    const owedByMarket = () => sumOf({ account: "PRODUCER", producerId: producer.id, distributionId: distribution.id });
    // 12,60 € of bread paid in cash, less a 10 % fee: the market owes the producer 11,34 €, and pays it.
    expect(await owedByMarket()).toBe(1134);
    const settle = (amountCents: number) =>
      recordProducerSettlement({
        actor: admin,
        marketId: market.id,
        producerId: producer.id,
        distributionId: distribution.id,
        amountCents,
        method: "TRANSFER",
        paidOn: during.toISOString().slice(0, 10),
        reference: "VIR-FERME",
        now: during,
      });
    const { transactionId } = await settle(1134);

    await expect(adjust(cash.orderId, bread, "2", "BALANCE")).rejects.toEqual(
      new DomainError("PRODUCER_ALREADY_SETTLED", undefined, { producer: "Ferme des Sources" }),
    );
    expect(await owedByMarket()).toBe(0);
    expect(await balanceOf(market.id, cash.shopper)).toBe(0);

    await reverseProducerSettlement({ actor: admin, marketId: market.id, transactionId, now: during });
    await adjust(cash.orderId, bread, "2", "BALANCE");
    expect(await balanceOf(market.id, cash.shopper)).toBe(420);
    expect(await owedByMarket()).toBe(840 - 84);
    await settle(756);
    expect(await owedByMarket()).toBe(0);
    expect(await unbalancedTransactions()).toEqual([]);
  });
});
