import { describe, expect, it } from "vitest";
import type { LedgerAccount } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { loadActor, type Actor } from "@/lib/domain/access/actor";
import { adjustBasket } from "@/lib/domain/distribution-day/adjust-basket";
import { validateDistribution } from "@/lib/domain/distribution-day/validate-distribution";
import { createDistribution as editDistribution } from "@/lib/domain/distribution-plan/create-distribution";
import { getDistributionFormOrThrow } from "@/lib/domain/distribution-plan/get-distribution-form";
import { DomainError } from "@/lib/domain/errors";
import { shopperBalanceCents } from "@/lib/domain/ledger/balances";
import { confirmOrder } from "@/lib/domain/order/confirm-order";
import { setBasketQuantity } from "@/lib/domain/order/set-basket-quantity";
import { noticeDistributionSelect } from "@/lib/domain/notice/distribution-notice-context";
import { dropDrafts } from "@/lib/domain/order/drop-drafts";
import { recordPayment } from "@/lib/domain/payment/record-payment";
import { refundOverpayment } from "@/lib/domain/payment/refund-overpayment";
import { reversePayment } from "@/lib/domain/payment/reverse-payment";
import { settlePayment } from "@/lib/domain/payment/settle-payment";
import { startCardCheckout } from "@/lib/domain/payment/start-card-checkout";
import { payDuePayouts } from "@/lib/domain/payout/pay-due-payouts";
import { listMarketStatements } from "@/lib/domain/payout/list-payout-statements";
import { feeCents, schedulePayouts } from "@/lib/domain/payout/schedule-payouts";
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

// Rule 2 of the money issue: card money that lands on a shopper's balance (an adjustment after validation
// credited to the balance, an overpayment not refunded yet) and then pays a later basket is still card money
// Cabas holds, so Cabas pays it out to that basket's producers (payout/card-funded-credit.ts).
const fake = withFakeStripe();
const ordering = new Date("2026-06-01T10:00:00Z");
const later = (d: Date, minutes: number) => new Date(d.getTime() + minutes * 60_000);

// A market with two connected producers (bread 4,20 € from the farm, cheese 6,00 € from the dairy), and two
// distributions a week apart: Thursday 4 June and Thursday 11 June 2026, both open for orders from the start.
async function twoWeeks({ feeBp = 0 } = {}) {
  const market = await createMarket({ paymentMethods: ["CARD", "ON_SITE", "BALANCE"], feeBp });
  const first = await createDistribution(market, { now: ordering, inDays: 3 });
  const second = await createDistribution(market, { now: ordering, inDays: 10 });
  const adminUser = await createUser();
  await createMembership(market.id, adminUser.id, { isAdmin: true });
  const admin = await loadActor(adminUser.id);
  const producer = async (name: string) => {
    const { producer, catalog } = await createProducerWithCatalog(name);
    await db().producer.update({
      where: { id: producer.id },
      data: { stripeAccountId: `acct_${producer.id}`, stripeOnboardedAt: ordering },
    });
    await db().catalogLink.create({ data: { catalogId: catalog.id, marketId: market.id } });
    for (const d of [first, second]) await createParticipation(d.id, catalog.id);
    return { producer, catalog };
  };
  const farm = await producer("Ferme des Sources");
  const dairy = await producer("Fromagerie du Val");
  const bread = await createProduct(farm.catalog.id, { name: "Pain", priceCents: 420 });
  const cheese = await createProduct(dairy.catalog.id, { name: "Tomme", priceCents: 600 });
  const dayOf = (d: { pickupStartAt: Date }) => later(d.pickupStartAt, 10);

  const shopper = async () => {
    const user = await createUser();
    await createMembership(market.id, user.id);
    return loadActor(user.id);
  };
  const fill = async (actor: Actor, d: { id: string }, items: [{ id: string }, string][], now: Date) => {
    let orderId = "";
    for (const [product, quantityText] of items)
      ({ orderId } = await setBasketQuantity({
        actor,
        distributionId: d.id,
        productId: product.id,
        quantityText,
        mode: "set",
        now,
      }));
    return orderId;
  };
  // A basket of the first week paid by card (through Checkout and its webhook).
  const cardBasket = async (actor: Actor, items: [{ id: string }, string][]) => {
    const orderId = await fill(actor, first, items, ordering);
    await payOnlineDue(actor, orderId, ordering);
    return orderId;
  };
  // A basket of the second week, ordered once the first one is over, confirmed with `method`.
  const nextBasket = async (actor: Actor, items: [{ id: string }, string][], method: "ON_SITE" | "BALANCE") => {
    const now = later(dayOf(first), 120);
    const orderId = await fill(actor, second, items, now);
    await confirmOrder({ actor, orderId, method, now });
    return orderId;
  };
  const adjust = async (orderId: string, product: { id: string }, delivered: string, at: Date, refundTo?: "CARD") =>
    adjustBasket({
      actor: admin,
      marketId: market.id,
      orderId,
      delivered: {
        [(await db().orderLine.findFirstOrThrow({ where: { orderId, productId: product.id } })).id]: delivered,
      },
      refundTo: refundTo ?? "BALANCE",
      now: at,
    });
  // Validates the distribution (what is still unpaid left as a debt) and schedules its payouts.
  const close = async (d: { id: string; pickupStartAt: Date }) => {
    const orders = await db().order.findMany({ where: { distributionId: d.id }, select: { id: true } });
    await validateDistribution({
      actor: admin,
      marketId: market.id,
      distributionId: d.id,
      unpaid: Object.fromEntries(orders.map((o) => [o.id, "DEBT" as const])),
      now: dayOf(d),
    });
    await schedulePayouts({ now: later(dayOf(d), 60) });
  };
  const payout = (producerId: string, d: { id: string }) =>
    db().payout.findUnique({ where: { producerId_distributionId: { producerId, distributionId: d.id } } });
  const payOnMonday = async (d: { id: string }) => {
    const { scheduledFor } = await db().payout.findFirstOrThrow({ where: { distributionId: d.id } });
    return payDuePayouts({ now: later(scheduledFor, 12 * 60), transfer: stripeTransfer() });
  };
  const statement = async (producerId: string, d: { id: string }) =>
    (await listMarketStatements({ actor: admin, marketId: market.id })).find(
      (s) => s.producerId === producerId && s.distributionId === d.id,
    );
  const held = async (account: LedgerAccount) =>
    (await db().ledgerEntry.aggregate({ where: { marketId: market.id, account }, _sum: { amountCents: true } }))._sum
      .amountCents ?? 0;
  const balanceOf = (actor: Actor) => shopperBalanceCents(db(), market.id, actor.userId);
  return {
    market,
    first,
    second,
    admin,
    farm: farm.producer,
    dairy: dairy.producer,
    bread,
    cheese,
    dayOf,
    shopper,
    fill,
    cardBasket,
    nextBasket,
    adjust,
    close,
    payout,
    payOnMonday,
    statement,
    held,
    balanceOf,
  };
}

describe("card-funded credit on the balance", () => {
  it("pays the shopper's next basket: Cabas pays its producer that part, and the market owes only the rest", async () => {
    const w = await twoWeeks();
    // Week 1: three loaves paid 12,60 € by card; after validation only one was delivered, and the admin puts
    // the 8,40 € difference on the shopper's balance rather than back on the card.
    const camille = await w.shopper();
    const first = await w.cardBasket(camille, [[w.bread, "3"]]);
    await w.close(w.first);
    expect(await w.adjust(first, w.bread, "1", later(w.dayOf(w.first), 30))).toMatchObject({
      totalCents: 420,
      creditedToBalanceCents: 840,
    });
    expect(await w.balanceOf(camille)).toBe(840);
    expect(await w.payout(w.farm.id, w.first)).toMatchObject({ onlineCents: 420, amountCents: 420 });

    // Week 2: two loaves paid from that balance, and another shopper's loaf paid in cash.
    await w.nextBasket(camille, [[w.bread, "2"]], "BALANCE");
    const louis = await w.shopper();
    const cash = await w.nextBasket(louis, [[w.bread, "1"]], "ON_SITE");
    await recordPayment({
      actor: w.admin,
      marketId: w.market.id,
      orderId: cash,
      method: "CASH",
      amount: "4,20",
      now: w.dayOf(w.second),
    });
    await w.close(w.second);
    expect(await w.balanceOf(camille)).toBe(0);

    // The 8,40 € are card money Cabas holds: it pays them to the farm; the market owes it the 4,20 € in cash.
    expect(await w.payout(w.farm.id, w.second)).toMatchObject({
      grossCents: 1260,
      onlineCents: 840,
      amountCents: 840,
      status: "SCHEDULED",
    });
    expect((await w.statement(w.farm.id, w.second))?.shares).toMatchObject({
      onlineCents: 840,
      cabas: { amountCents: 840, paidCents: 0, status: "SCHEDULED" },
      market: { shareCents: 420, settledCents: 0, dueCents: 420 },
    });
    expect(await unbalancedTransactions()).toEqual([]);

    await w.payOnMonday(w.second);
    expect(await w.payout(w.farm.id, w.second)).toMatchObject({ status: "PAID", amountCents: 840 });
    expect(fake.requests.filter((r) => r.path === "/v1/transfers").map((r) => r.body.get("amount"))).toEqual(
      expect.arrayContaining(["420", "840"]),
    );
    expect((await w.statement(w.farm.id, w.second))?.shares).toMatchObject({
      cabas: { amountCents: 840, paidCents: 840, status: "PAID" },
      market: { shareCents: 420, dueCents: 420 },
    });
    // Every euro paid by card went to the farm: Stripe holds nothing more for the market.
    expect(await w.held("PLATFORM_STRIPE")).toBe(0);
    expect(await w.held("MARKET_TILL")).toBe(-420);
    expect(await unbalancedTransactions()).toEqual([]);
  });

  it("pays only what the later basket still needs: cash recorded for it is not displaced, and payouts follow payments", async () => {
    const w = await twoWeeks({ feeBp: 250 });
    // 4,20 € of card money on the balance after week 1.
    const camille = await w.shopper();
    const first = await w.cardBasket(camille, [[w.bread, "3"]]);
    await w.close(w.first);
    await w.adjust(first, w.bread, "2", later(w.dayOf(w.first), 30));
    // Week 2: a loaf and a cheese (10,20 €), 3,00 € paid in cash on the day, the rest left as a debt.
    const next = await w.nextBasket(
      camille,
      [
        [w.bread, "1"],
        [w.cheese, "1"],
      ],
      "ON_SITE",
    );
    const recordCash = (amount: string) =>
      recordPayment({
        actor: w.admin,
        marketId: w.market.id,
        orderId: next,
        method: "CASH",
        amount,
        now: w.dayOf(w.second),
      });
    const { paymentId } = await recordCash("3");
    await w.close(w.second);
    expect(await w.balanceOf(camille)).toBe(420 - 1020 + 300);

    // It still needed 7,20 €: the 4,20 € of credit pay that much of it, shared between the farm and the dairy
    // in proportion (4,20 and 6,00 of 10,20 €: 1,73 and 2,47 €). The 3,00 € in cash are the market's, and so
    // are the 3,00 € still owed.
    const expectOnline = async (farmCents: number, dairyCents: number) => {
      for (const [producer, gross, online] of [
        [w.farm, 420, farmCents],
        [w.dairy, 600, dairyCents],
      ] as const) {
        const net = gross - feeCents(gross, 250);
        const amountCents = Math.min(online, net);
        if (amountCents > 0)
          expect(await w.payout(producer.id, w.second)).toMatchObject({ onlineCents: online, amountCents });
        else expect(await w.payout(producer.id, w.second)).toBeNull();
        expect((await w.statement(producer.id, w.second))?.shares).toMatchObject({
          onlineCents: amountCents > 0 ? online : 0,
          market: { dueCents: net - amountCents },
        });
      }
      expect(await unbalancedTransactions()).toEqual([]);
    };
    await expectOnline(173, 247);

    // Paying the rest in cash after the payouts were scheduled: the basket needs no credit any more, and the
    // payouts (not paid yet) follow: the market collected everything.
    const { paymentId: restId } = await recordCash("7,20");
    await expectOnline(0, 0);
    expect(await w.balanceOf(camille)).toBe(420);
    // That cash recorded by mistake and reversed: the credit pays the basket again.
    await reversePayment({ actor: w.admin, marketId: w.market.id, paymentId: restId!, now: w.dayOf(w.second) });
    await expectOnline(173, 247);
    // Reversing the first 3,00 € too: the basket needs 10,20 €, the credit still pays only its 4,20 €.
    await reversePayment({ actor: w.admin, marketId: w.market.id, paymentId: paymentId!, now: w.dayOf(w.second) });
    await expectOnline(173, 247);
    expect(await w.held("PLATFORM_STRIPE")).toBe(-1260);
  });

  it("a change to an earlier basket reconciles the later distribution's payout, and is refused once that payout is paid", async () => {
    const w = await twoWeeks();
    const camille = await w.shopper();
    const first = await w.cardBasket(camille, [[w.bread, "3"]]);
    await w.close(w.first);
    const afterwards = later(w.dayOf(w.second), 120);
    await w.adjust(first, w.bread, "1", later(w.dayOf(w.first), 30));
    await w.nextBasket(camille, [[w.bread, "2"]], "BALANCE");
    await w.close(w.second);
    expect(await w.payout(w.farm.id, w.second)).toMatchObject({ onlineCents: 840, amountCents: 840 });

    // One more loaf was delivered in week 1 after all: the credit is 4,20 € now, and week 2's payout (not paid
    // yet) follows; the market owes the farm the 4,20 € Camille now owes.
    await w.adjust(first, w.bread, "2", afterwards);
    expect(await w.balanceOf(camille)).toBe(-420);
    expect(await w.payout(w.farm.id, w.first)).toMatchObject({ onlineCents: 840, amountCents: 840 });
    expect(await w.payout(w.farm.id, w.second)).toMatchObject({ onlineCents: 420, amountCents: 420 });
    expect((await w.statement(w.farm.id, w.second))?.shares).toMatchObject({
      onlineCents: 420,
      market: { shareCents: 420, dueCents: 420 },
    });
    expect(await unbalancedTransactions()).toEqual([]);

    // Both weeks are paid out: 8,40 € and 4,20 €, all the card money Cabas holds.
    await w.payOnMonday(w.second);
    expect(await w.payout(w.farm.id, w.second)).toMatchObject({ status: "PAID", amountCents: 420 });
    expect(await w.held("PLATFORM_STRIPE")).toBe(0);

    // A third loaf would take back card money already paid to the farm for week 2: refused, nothing changes.
    await expect(w.adjust(first, w.bread, "3", afterwards)).rejects.toEqual(
      new DomainError("PRODUCER_ALREADY_PAID", undefined, {
        producer: "Ferme des Sources",
        distribution: w.second.pickupStartAt,
        timeZone: "Europe/Paris",
      }),
    );
    expect((await db().orderLine.findFirstOrThrow({ where: { orderId: first } })).deliveredQuantity?.toString()).toBe(
      "2",
    );
    expect(await w.balanceOf(camille)).toBe(-420);
    expect(await w.payout(w.farm.id, w.second)).toMatchObject({ status: "PAID", onlineCents: 420, amountCents: 420 });
    expect(await w.held("PLATFORM_STRIPE")).toBe(0);
    expect(await unbalancedTransactions()).toEqual([]);
  });

  it("card money paid for a basket dropped at close pays the next week; refunding it follows the payout, then is refused once it is paid", async () => {
    const w = await twoWeeks();
    // Two shoppers start paying two loaves by card in week 1 and their drafts are dropped at the close of
    // orders before Stripe confirms: the 8,40 € each stay on their balances (settle-payment.ts).
    const closing = later(w.first.ordersCloseAt, 1);
    const shoppers = [await w.shopper(), await w.shopper()];
    const drafts: string[] = [];
    const sessions: { sessionId: string; paymentId: string }[] = [];
    for (const actor of shoppers) {
      const orderId = await w.fill(actor, w.first, [[w.bread, "2"]], ordering);
      const { paymentId } = await startCardCheckout({ actor, orderId, now: ordering, appUrl: "http://cabas.test" });
      const { stripeCheckoutSessionId } = await db().payment.findUniqueOrThrow({ where: { id: paymentId } });
      drafts.push(orderId);
      sessions.push({ sessionId: stripeCheckoutSessionId!, paymentId });
    }
    const notice = await db().distribution.findUniqueOrThrow({
      where: { id: w.first.id },
      select: noticeDistributionSelect,
    });
    await db().$transaction((tx) => dropDrafts(tx, notice, { now: closing, appUrl: "http://cabas.test" }));
    for (const { sessionId, paymentId } of sessions)
      await db().$transaction((tx) =>
        settlePayment(tx, { stripeCheckoutSessionId: sessionId }, { now: closing, paymentIntentId: `pi_${paymentId}` }),
      );
    for (const actor of shoppers) {
      expect(await w.balanceOf(actor)).toBe(840);
      await w.nextBasket(actor, [[w.bread, "2"]], "BALANCE");
    }
    await w.close(w.first);
    await w.close(w.second);
    expect(await w.payout(w.farm.id, w.second)).toMatchObject({ onlineCents: 1680, amountCents: 1680 });

    // The first shopper's money is refunded to the card before Monday: the payout follows, the market is owed
    // that basket by its shopper, and owes it to the farm.
    const refund = (orderId: string) =>
      refundOverpayment({ actor: w.admin, orderId, now: later(w.dayOf(w.second), 60) });
    expect(await refund(drafts[0])).toMatchObject({ toCardCents: 840 });
    expect(await w.balanceOf(shoppers[0])).toBe(-840);
    expect(await w.payout(w.farm.id, w.second)).toMatchObject({ onlineCents: 840, amountCents: 840 });
    expect((await w.statement(w.farm.id, w.second))?.shares).toMatchObject({
      market: { shareCents: 840, dueCents: 840 },
    });

    // Paid out on Monday: refunding the second shopper's 8,40 € to the card would pay them out twice.
    await w.payOnMonday(w.second);
    await expect(refund(drafts[1])).rejects.toMatchObject({
      code: "PRODUCER_ALREADY_PAID",
      params: { producer: "Ferme des Sources", distribution: w.second.pickupStartAt },
    });
    expect(await db().refund.count({ where: { orderId: drafts[1] } })).toBe(0);
    expect(await w.balanceOf(shoppers[1])).toBe(0);
    expect(await w.held("PLATFORM_STRIPE")).toBe(-1680 + 840 + 840);
    expect(await unbalancedTransactions()).toEqual([]);
  });

  it("an overpayment its basket's validation will refund to the card is no credit yet: the later payout leaves it to the market", async () => {
    const w = await twoWeeks();
    // Week 1's basket is adjusted on the day but not validated: its 8,40 € overpayment is on the balance,
    // waiting for the validation to refund it, and pays week 2's basket, whose distribution is validated first.
    const camille = await w.shopper();
    const first = await w.cardBasket(camille, [[w.bread, "3"]]);
    expect(await w.adjust(first, w.bread, "1", w.dayOf(w.first))).toMatchObject({ refundDueCents: 840 });
    await w.nextBasket(camille, [[w.bread, "2"]], "BALANCE");
    await w.close(w.second);
    expect(await w.payout(w.farm.id, w.second)).toBeNull();
    expect((await w.statement(w.farm.id, w.second))?.shares).toMatchObject({
      onlineCents: 0,
      cabas: null,
      market: { shareCents: 840, dueCents: 840 },
    });

    // Week 1 can still be validated: its overpayment goes back to the card, and Camille owes week 2's basket.
    await w.close(w.first);
    expect(await db().refund.findMany({ where: { orderId: first } })).toMatchObject([
      { destination: "CARD", amountCents: 840 },
    ]);
    expect(await w.balanceOf(camille)).toBe(-840);
    expect(await w.payout(w.farm.id, w.first)).toMatchObject({ onlineCents: 420, amountCents: 420 });
    expect(await w.payout(w.farm.id, w.second)).toBeNull();
    expect(await unbalancedTransactions()).toEqual([]);
  });

  it("a distribution's pick-up start, which orders the baskets, cannot move once payouts from then on are scheduled", async () => {
    const w = await twoWeeks();
    await w.close(w.first);
    const edit = async (d: { id: string }, change: { pickupStart?: string; pickupEnd?: string }) => {
      const { values } = await getDistributionFormOrThrow({
        actor: w.admin,
        marketId: w.market.id,
        distributionId: d.id,
      });
      return editDistribution({
        actor: w.admin,
        marketId: w.market.id,
        distributionId: d.id,
        input: { ...values, ...change },
      });
    };
    // Week 1 (its payouts scheduled) moved after week 2 would take its card-funded credit away from week 2's
    // baskets, or week 2 moved before it would.
    await expect(edit(w.first, { pickupStart: "19:30" })).rejects.toEqual(
      new DomainError("PICKUP_START_AFTER_PAYOUTS", "pickupStart"),
    );
    // The end of its pick-up changes nothing to the order; week 2, after every scheduled payout, moves freely.
    await edit(w.first, { pickupEnd: "20:30" });
    await edit(w.second, { pickupStart: "18:00" });
    expect((await db().distribution.findUniqueOrThrow({ where: { id: w.second.id } })).pickupStartAt).toEqual(
      new Date(w.second.pickupStartAt.getTime() - 3_600_000),
    );
  });
});
