import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor, type Actor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";
import { listManualPayouts } from "@/lib/domain/payout/list-manual-payouts";
import { recordManualPayout } from "@/lib/domain/payout/record-manual-payout";
import { payDuePayouts } from "@/lib/domain/payout/pay-due-payouts";
import { feeCents, schedulePayouts } from "@/lib/domain/payout/schedule-payouts";
import { stripeTransfer } from "@/lib/payments/stripe-transfer";
import { zonedInstant } from "@/lib/time";
import { withFakeStripe } from "../../support/fake-stripe";
import type { LedgerAccount, PaymentMethod } from "@/generated/prisma/client";
import { recordOrderDebt } from "@/lib/domain/ledger/record-order-debt";
import { receivePayment } from "@/lib/domain/payment/receive-payment";
import {
  createDistribution,
  createMarket,
  createProduct,
  createProducerWithCatalog,
  createUser,
  payByCard,
  unbalancedTransactions,
} from "../../support/factories";

const fake = withFakeStripe();

const paris = (day: string, hh: number) => zonedInstant(day, hh * 60, "Europe/Paris");
const producerBalance = async (producerId: string) =>
  (await db().ledgerEntry.aggregate({ where: { producerId }, _sum: { amountCents: true } }))._sum.amountCents ?? 0;
const accountBalance = async (marketId: string, account: LedgerAccount) =>
  (await db().ledgerEntry.aggregate({ where: { marketId, account }, _sum: { amountCents: true } }))._sum.amountCents ??
  0;

// A confirmed basket of one new shopper, its debt written as confirming writes it.
async function confirmedBasket(
  distribution: { id: string; marketId: string },
  lines: { product: { id: string; priceCents: number }; quantity: string; delivered?: string }[],
  paymentMethod: PaymentMethod = "CARD",
) {
  const shopper = await createUser();
  const { lastBasketNumber } = await db().distribution.update({
    where: { id: distribution.id },
    data: { lastBasketNumber: { increment: 1 } },
  });
  const order = await db().order.create({
    data: {
      marketId: distribution.marketId,
      distributionId: distribution.id,
      userId: shopper.id,
      basketNumber: lastBasketNumber,
      confirmedAt: new Date(),
      paymentMethod,
      lines: {
        create: lines.map((l) => ({
          productId: l.product.id,
          quantity: l.quantity,
          deliveredQuantity: l.delivered,
          unitPriceCents: l.product.priceCents,
          vatRateBp: 550,
          productName: "x",
        })),
      },
    },
  });
  await db().$transaction((tx) => recordOrderDebt(tx, order.id));
  return order;
}

describe("producer payouts", () => {
  it.each([
    [10_000, 250, 250],
    [1_234, 250, 31], // 30,85 → 31
    [999, 0, 0],
  ])("fee on %i c at %i bp is %i c", (gross, bp, fee) => {
    expect(feeCents(gross, bp)).toBe(fee);
  });

  it("pays each producer what was delivered, net of fees, on the first Monday ≥ validation + 3 days, once", async () => {
    const market = await createMarket({ feeBp: 250 });
    const farm = await createProducerWithCatalog("Ferme connectée");
    await db().producer.update({
      where: { id: farm.producer.id },
      data: { stripeAccountId: "acct_farm", stripeOnboardedAt: new Date() },
    });
    const farmer = await createUser({ email: "paysan@example.test" });
    await db().producerUser.create({ data: { producerId: farm.producer.id, userId: farmer.id } });
    const bakery = await createProducerWithCatalog("Boulangerie sans Stripe");
    const almonds = await createProduct(farm.catalog.id, { priceCents: 1485, bulk: true, unit: "KG", step: 0.1 });
    const bread = await createProduct(bakery.catalog.id, { priceCents: 420 });
    const distribution = await db().distribution.create({
      data: {
        marketId: market.id,
        placeId: market.places[0].id,
        day: new Date("2023-09-09T00:00:00Z"),
        ordersOpenAt: paris("2023-08-30", 8),
        ordersCloseAt: paris("2023-09-08", 19),
        pickupStartAt: paris("2023-09-09", 17),
        pickupEndAt: paris("2023-09-09", 19),
        validatedAt: paris("2023-09-09", 20), // Saturday 9 Sep → available Tue 12 → paid Mon 18
      },
    });
    // Basket 1 is paid by card (14,64 €), basket 2 in cash on the spot (19,05 €).
    const card = await confirmedBasket(distribution, [
      { product: almonds, quantity: "0.5", delivered: "0.42" },
      { product: bread, quantity: "2" },
    ]);
    await payByCard(card, 1464);
    const cash = await confirmedBasket(distribution, [
      { product: almonds, quantity: "1" },
      { product: bread, quantity: "1" },
    ]);
    await db().$transaction((tx) =>
      receivePayment(tx, { ...cash, orderId: cash.id, method: "CASH", amountCents: 1905, now: new Date() }),
    );

    expect(await schedulePayouts({ now: paris("2023-09-09", 21) })).toMatchObject({ created: 2, failures: [] });
    expect(await schedulePayouts({ now: paris("2023-09-09", 22) })).toMatchObject({ created: 0, failures: [] });
    const farmPayout = await db().payout.findFirstOrThrow({ where: { producerId: farm.producer.id } });
    // 0,42 kg → 6,24 € ; 1 kg → 14,85 € ; gross 21,09 € ; fee 2,5 % = 0,53 € ; net 20,56 €, of which Cabas
    // collected 6,24 € online (basket 1's 14,64 € shared with the bakery's 8,40 €): the market owes the rest.
    expect(farmPayout).toMatchObject({
      grossCents: 2109,
      feeCents: 53,
      onlineCents: 624,
      amountCents: 624,
      status: "SCHEDULED",
    });
    expect(farmPayout.scheduledFor.toISOString().slice(0, 10)).toBe("2023-09-18");
    expect(farmPayout.availableOn.toISOString().slice(0, 10)).toBe("2023-09-12");
    expect(await producerBalance(farm.producer.id)).toBe(2056);
    expect(await accountBalance(market.id, "MARKET_FEES")).toBe(53 + 32);

    expect(await payDuePayouts({ now: paris("2023-09-17", 23), transfer: stripeTransfer() })).toEqual({
      paid: 0,
      manual: 0,
      succeeded: 0,
      failures: [],
    });
    expect(await payDuePayouts({ now: paris("2023-09-18", 0), transfer: stripeTransfer() })).toEqual({
      paid: 1,
      manual: 1,
      succeeded: 2,
      failures: [],
    });
    expect(await payDuePayouts({ now: paris("2023-09-18", 6), transfer: stripeTransfer() })).toEqual({
      paid: 0,
      manual: 0,
      succeeded: 0,
      failures: [],
    });

    const transfers = fake.requests.filter((r) => r.path === "/v1/transfers");
    expect(transfers).toHaveLength(1);
    expect(transfers[0].body.get("amount")).toBe("624");
    expect(transfers[0].body.get("destination")).toBe("acct_farm");
    expect(transfers[0].idempotencyKey).toBe(`payout-${farmPayout.id}`);
    expect(await db().payout.findUniqueOrThrow({ where: { id: farmPayout.id } })).toMatchObject({
      status: "PAID",
      stripeTransferId: expect.stringMatching(/^tr_fake_/),
    });
    expect(await producerBalance(farm.producer.id)).toBe(2056 - 624); // owed by the market
    expect(await accountBalance(market.id, "PLATFORM_STRIPE")).toBe(-1464 + 624);
    expect(
      (await db().emailOutbox.findFirstOrThrow({ where: { toEmail: "paysan@example.test", template: "payout-sent" } }))
        .text,
    ).toMatch(/6,24\s€ pour la distribution du samedi 9 septembre 2023/);
    // 3 breads: 12,60 € − 0,32 € fee; Cabas collected 8,40 € of them, due by bank transfer (no Stripe account).
    expect(await db().payout.findFirstOrThrow({ where: { producerId: bakery.producer.id } })).toMatchObject({
      status: "MANUAL",
      grossCents: 1260,
      feeCents: 32,
      amountCents: 840,
    });
    expect(await producerBalance(bakery.producer.id)).toBe(1228);
    expect(await unbalancedTransactions()).toEqual([]);
  });

  it("pays out nothing for baskets nobody paid online: the market owes the producer all of it", async () => {
    const market = await createMarket();
    const farm = await createProducerWithCatalog();
    await db().producer.update({
      where: { id: farm.producer.id },
      data: { stripeAccountId: "acct_unpaid", stripeOnboardedAt: new Date() },
    });
    const eggs = await createProduct(farm.catalog.id, { priceCents: 350 });
    const distribution = await createDistribution(market, { now: paris("2023-09-01", 10), inDays: 8 });
    await confirmedBasket(distribution, [{ product: eggs, quantity: "2" }], "TRANSFER");
    await confirmedBasket(distribution, [{ product: eggs, quantity: "1" }], "ON_SITE");
    await db().order.updateMany({ where: { distributionId: distribution.id }, data: { validatedAt: new Date() } });
    await db().distribution.update({ where: { id: distribution.id }, data: { validatedAt: paris("2023-09-09", 20) } });

    const transfersBefore = fake.requests.filter((r) => r.path === "/v1/transfers").length;
    expect(await schedulePayouts({ now: paris("2023-09-09", 21) })).toMatchObject({ created: 0, failures: [] });
    expect(await payDuePayouts({ now: paris("2023-09-18", 9), transfer: stripeTransfer() })).toMatchObject({ paid: 0 });
    expect(fake.requests.filter((r) => r.path === "/v1/transfers")).toHaveLength(transfersBefore);
    expect(await producerBalance(farm.producer.id)).toBe(1050);
  });

  it("schedules a distribution the ledger's migration left half paid only for the producers not paid yet", async () => {
    const market = await createMarket();
    const paid = await createProducerWithCatalog();
    const unpaid = await createProducerWithCatalog();
    const eggs = await createProduct(paid.catalog.id, { priceCents: 350 });
    const jam = await createProduct(unpaid.catalog.id, { priceCents: 500 });
    const distribution = await createDistribution(market, { now: paris("2023-09-01", 10), inDays: 8 });
    const order = await confirmedBasket(distribution, [
      { product: eggs, quantity: "1" },
      { product: jam, quantity: "1" },
    ]);
    await payByCard(order, 850);
    await db().distribution.update({ where: { id: distribution.id }, data: { validatedAt: paris("2023-09-09", 20) } });
    const paidBefore = await db().payout.create({
      data: {
        producerId: paid.producer.id,
        marketId: market.id,
        distributionId: distribution.id,
        grossCents: 350,
        feeCents: 0,
        onlineCents: 350,
        amountCents: 350,
        availableOn: new Date("2023-09-12"),
        scheduledFor: new Date("2023-09-18"),
        status: "PAID",
      },
    });

    expect(await schedulePayouts({ now: paris("2023-09-09", 21) })).toMatchObject({ created: 1, failures: [] });
    const payouts = await db().payout.findMany({ where: { distributionId: distribution.id } });
    expect(payouts.map((p) => [p.producerId, p.amountCents])).toEqual(
      expect.arrayContaining([
        [paid.producer.id, 350],
        [unpaid.producer.id, 500],
      ]),
    );
    expect(payouts.find((p) => p.producerId === paid.producer.id)!.id).toBe(paidBefore.id);
  });
});

describe("payouts Cabas owes by bank transfer", () => {
  // A card basket of 8,40 € of bread from a bakery with no Stripe account: on Monday 18 its payout is MANUAL.
  async function manualPayout() {
    const market = await createMarket({ name: "Marché de Bellefontaine" });
    const bakery = await createProducerWithCatalog("Boulangerie sans Stripe");
    const baker = await createUser({ email: `boulanger-${bakery.producer.id}@example.test` });
    await db().producerUser.create({ data: { producerId: bakery.producer.id, userId: baker.id } });
    const bread = await createProduct(bakery.catalog.id, { priceCents: 420 });
    const distribution = await createDistribution(market, { now: paris("2023-09-01", 10), inDays: 8 });
    const basket = await confirmedBasket(distribution, [{ product: bread, quantity: "2" }]);
    await payByCard(basket, 840);
    await db().distribution.update({ where: { id: distribution.id }, data: { validatedAt: paris("2023-09-09", 20) } });
    await schedulePayouts({ now: paris("2023-09-09", 21) });
    await payDuePayouts({ now: paris("2023-09-18", 9), transfer: stripeTransfer() });
    const payout = await db().payout.findFirstOrThrow({ where: { producerId: bakery.producer.id } });
    expect(payout).toMatchObject({ status: "MANUAL", amountCents: 840 });
    return { market, bakery, baker, payout };
  }
  const operator = async () => loadActor((await createUser({ isOperator: true })).id);
  const transfers = () => fake.requests.filter((r) => r.path === "/v1/transfers").length;

  it("are listed to the platform's operator only, who records each bank transfer once; the producer is told", async () => {
    const { market, bakery, baker, payout } = await manualPayout();
    const admin = await createUser();
    await db().membership.create({ data: { marketId: market.id, userId: admin.id, isAdmin: true } });
    const marketAdmin = await loadActor(admin.id);
    const cabas = await operator();
    const record = (actor: Actor, paidOn: string) =>
      recordManualPayout({
        actor,
        payoutId: payout.id,
        paidOn,
        reference: "VIR-2023-0918",
        now: paris("2023-09-19", 10),
      });

    await expect(listManualPayouts({ actor: marketAdmin })).rejects.toEqual(new DomainError("FORBIDDEN"));
    await expect(record(marketAdmin, "2023-09-19")).rejects.toEqual(new DomainError("FORBIDDEN"));
    expect(await listManualPayouts({ actor: cabas })).toContainEqual(
      expect.objectContaining({
        id: payout.id,
        amountCents: 840,
        dueOn: "2023-09-18",
        marketName: "Marché de Bellefontaine",
        producer: expect.objectContaining({ name: "Boulangerie sans Stripe" }),
      }),
    );
    await expect(record(cabas, "2023-09-20")).rejects.toEqual(new DomainError("SETTLEMENT_DATE_IN_FUTURE", "paidOn"));

    await record(cabas, "2023-09-19");
    expect(await db().payout.findUniqueOrThrow({ where: { id: payout.id } })).toMatchObject({
      status: "PAID",
      paidAt: paris("2023-09-19", 10),
      stripeTransferId: null,
    });
    const paid = await db().ledgerTransaction.findFirstOrThrow({
      where: { kind: "PAYOUT", payoutId: payout.id },
      include: { entries: { select: { account: true, amountCents: true } } },
    });
    expect(paid).toMatchObject({ method: "TRANSFER", reference: "VIR-2023-0918" });
    expect(paid.entries).toEqual(
      expect.arrayContaining([
        { account: "PRODUCER", amountCents: -840 },
        { account: "PLATFORM_STRIPE", amountCents: 840 },
      ]),
    );
    expect(await producerBalance(bakery.producer.id)).toBe(0);
    expect(
      (await db().emailOutbox.findFirstOrThrow({ where: { toEmail: baker.email, template: "payout-sent" } })).text,
    ).toMatch(/8,40\s€/);
    expect((await listManualPayouts({ actor: cabas })).map((p) => p.id)).not.toContain(payout.id);

    // Recorded twice (two tabs, a double click): the second is refused, nothing moves again.
    await expect(record(cabas, "2023-09-19")).rejects.toEqual(new DomainError("PAYOUT_NOT_MANUAL"));
    expect(await db().ledgerTransaction.count({ where: { payoutId: payout.id } })).toBe(1);
    expect(await payDuePayouts({ now: paris("2023-09-25", 9), transfer: stripeTransfer() })).toMatchObject({
      paid: 0,
      manual: 0,
    });
    expect(await unbalancedTransactions()).toEqual([]);
  });

  it("are paid by Stripe on the next run once the producer connects its account", async () => {
    const { bakery, payout } = await manualPayout();
    const before = transfers();
    expect(await payDuePayouts({ now: paris("2023-09-19", 9), transfer: stripeTransfer() })).toMatchObject({
      paid: 0,
      manual: 0,
    });
    await db().producer.update({
      where: { id: bakery.producer.id },
      data: { stripeAccountId: `acct_${bakery.producer.id}`, stripeOnboardedAt: paris("2023-09-20", 9) },
    });
    expect(await payDuePayouts({ now: paris("2023-09-20", 10), transfer: stripeTransfer() })).toMatchObject({
      paid: 1,
      manual: 0,
    });
    expect(transfers()).toBe(before + 1);
    expect(await db().payout.findUniqueOrThrow({ where: { id: payout.id } })).toMatchObject({ status: "PAID" });
    expect(await producerBalance(bakery.producer.id)).toBe(0);
    await expect(
      recordManualPayout({
        actor: await operator(),
        payoutId: payout.id,
        paidOn: "2023-09-20",
        reference: "VIR-TROP-TARD",
        now: paris("2023-09-20", 11),
      }),
    ).rejects.toEqual(new DomainError("PAYOUT_NOT_MANUAL"));
    expect(await unbalancedTransactions()).toEqual([]);
  });
});
