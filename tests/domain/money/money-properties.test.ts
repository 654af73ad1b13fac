import fc from "fast-check";
import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor, type Actor } from "@/lib/domain/access/actor";
import { adjustBasket } from "@/lib/domain/distribution-day/adjust-basket";
import { validateBasket } from "@/lib/domain/distribution-day/validate-basket";
import { UNPAID_CHOICES } from "@/lib/domain/distribution-day/settle-unpaid-baskets";
import { validateDistribution } from "@/lib/domain/distribution-day/validate-distribution";
import { DomainError } from "@/lib/domain/errors";
import { adjustBalance } from "@/lib/domain/ledger/adjust-balance";
import { confirmOrder } from "@/lib/domain/order/confirm-order";
import { setBasketQuantity } from "@/lib/domain/order/set-basket-quantity";
import { handleStripeEvent } from "@/lib/domain/payment/handle-stripe-event";
import { receivePayment } from "@/lib/domain/payment/receive-payment";
import { RECORDED_METHODS, recordPayment } from "@/lib/domain/payment/record-payment";
import { refundOverpayment } from "@/lib/domain/payment/refund-overpayment";
import { reversePayment } from "@/lib/domain/payment/reverse-payment";
import { retryUnsentCardRefunds } from "@/lib/domain/payment/send-card-refunds";
import { startCardCheckout } from "@/lib/domain/payment/start-card-checkout";
import { payDuePayouts } from "@/lib/domain/payout/pay-due-payouts";
import { collectedOnlineByProducer } from "@/lib/domain/payout/online-collected";
import { recordProducerSettlement } from "@/lib/domain/payout/record-producer-settlement";
import { reverseProducerSettlement } from "@/lib/domain/payout/reverse-producer-settlement";
import { feeCents, schedulePayouts } from "@/lib/domain/payout/schedule-payouts";
import { stripeTransfer } from "@/lib/payments/stripe-transfer";
import { localDay } from "@/lib/time";
import { SETTLEMENT_METHODS, type SettlementMethod } from "@/lib/validation/statements";
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

// Random sequences of everything that moves money in a market — baskets built, changed and confirmed with each
// method, card payments settled by webhooks in any order and replayed, payments recorded, balances credited,
// refunds, the day's adjustments and validations, payouts scheduled and paid, the market paying producers what it
// owes them (« payé au producteur ») and reversing it, and in some sequences a second distribution whose baskets
// the first one's card-funded credit may pay (payout/card-funded-credit.ts) — and after every step, the
// treasurer's invariants over the whole market (`expectMoneyInvariants`). A refused operation (a DomainError) is
// a normal outcome; anything else thrown fails the run. MONEY_RUNS lowers the run count while working locally.
withFakeStripe();
const RUNS = Number(process.env.MONEY_RUNS ?? 200);
// The shoppers the random operations pick from; after them, a regular whose basket is confirmed before every
// sequence (`regularBasket`), so that every run ends with the market owing its producers something to settle,
// and the card regular of the sequences that go on to a second distribution (`nextWeek`).
const SHOPPERS = 3;
const REGULAR = SHOPPERS;
const CARD_REGULAR = SHOPPERS + 1;
const PRODUCTS = 3;

type Phase = "open" | "closed" | "day" | "later" | "monthsLater";
const PHASES: Phase[] = ["open", "closed", "day", "later", "monthsLater"];

const marketFeeBp = fc.constantFrom(0, 250, 1000);
const shopper = fc.integer({ min: 0, max: SHOPPERS - 1 });
const quantity = fc.constantFrom("0", "0,5", "1", "1,5", "2", "3", "7");
const cents = fc.integer({ min: 1, max: 5_000 });
// Where an adjustment after validation gives the difference back: card money left on the balance is credit
// that may pay the shopper's basket of the next distribution.
const refundTo = fc.constantFrom("CARD" as const, "BALANCE" as const);
// « Payé au producteur »: a share of what the market owes the producer at that moment, give or take a cent, so
// that the cap is tried below, at and above its edge (and a settlement of nothing or less).
// `lastWeek` 1: the first distribution or the next one.
const settleIn = (lastWeek: number) =>
  fc.record({
    op: fc.constant("settle" as const),
    week: fc.integer({ min: 0, max: lastWeek }),
    producer: fc.integer({ min: 0, max: 1 }),
    percentOfOwed: fc.constantFrom(0, 25, 50, 100, 150),
    plusCents: fc.integer({ min: -1, max: 1 }),
    method: fc.constantFrom(...SETTLEMENT_METHODS),
  });
const settle = settleIn(0);
// A settlement recorded earlier (one of the first few, so that one is often picked twice), reversed or not: a
// second reversal must be refused.
const reverseSettlement = fc.record({ op: fc.constant("reverseSettlement" as const), pick: fc.nat({ max: 3 }) });

const operation = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant("line" as const),
      shopper,
      product: fc.integer({ min: 0, max: PRODUCTS - 1 }),
      quantity,
      mode: fc.constantFrom("add" as const, "set" as const),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant("confirm" as const),
      shopper,
      method: fc.constantFrom("ON_SITE" as const, "TRANSFER" as const, "BALANCE" as const),
    }),
  },
  { weight: 4, arbitrary: fc.record({ op: fc.constant("checkout" as const), shopper }) },
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant("webhook" as const),
      pick: fc.nat(),
      event: fc.constantFrom("checkout.session.completed" as const, "payment_intent.succeeded" as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("retryRefunds" as const) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("receive" as const),
      shopper,
      method: fc.constantFrom("CASH" as const, "CHEQUE" as const, "CARD_TERMINAL" as const, "TRANSFER" as const),
      cents,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("record" as const),
      shopper,
      method: fc.constantFrom(...RECORDED_METHODS),
      amount: fc.constantFrom("0,01", "1", "4,20", "7,43", "20", "trois"),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("reverse" as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("credit" as const),
      shopper,
      cents: fc.integer({ min: -2_000, max: 2_000 }),
      reason: fc.constantFrom("GOODWILL" as const, "CORRECTION" as const),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("advance" as const) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant("adjust" as const),
      shopper,
      line: fc.nat(),
      delivered: fc.constantFrom("0", "0,4", "1", "2"),
      refundTo,
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("refund" as const), shopper }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("validateBasket" as const),
      shopper,
      method: fc.constantFrom("CASH" as const, "CHEQUE" as const, "CARD_TERMINAL" as const, null),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("validateDistribution" as const),
      unpaid: fc.constantFrom(...UNPAID_CHOICES),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("payouts" as const) }) },
  { weight: 2, arbitrary: settle },
  { weight: 1, arbitrary: reverseSettlement },
);
type Drawn<A> = A extends fc.Arbitrary<infer T> ? T : never;

// In a third of the sequences, a second distribution ten weeks later (`nextWeek`). Its card regular paid two kilos
// of the farm's first product by card in the first week (`cardRegularBasket`); once that week is validated, fewer
// were delivered and the difference went on the balance: card-funded credit, which pays the card regular's basket of
// the next week. Other shoppers order too, payments are recorded, the week is validated (what is unpaid left as
// debts) and paid out; then the market settles both weeks while baskets of both are still adjusted — the card
// regular's first-week basket raised again often enough to meet the refusal of a change that would take back credit
// Cabas already paid out of the next week.
const nextBasketOf = (who: fc.Arbitrary<number>, product = fc.integer({ min: 0, max: PRODUCTS - 1 })) =>
  fc
    .record({
      shopper: who,
      product,
      quantity: fc.constantFrom("0,5", "1", "2", "3"),
      method: fc.constantFrom("ON_SITE" as const, "BALANCE" as const),
    })
    .map(({ shopper, product, quantity, method }) => [
      { op: "line2" as const, shopper, product, quantity },
      { op: "confirm2" as const, shopper, method },
    ]);
const recordNext = fc.record({
  op: fc.constant("record2" as const),
  shopper: fc.integer({ min: 0, max: CARD_REGULAR }),
  amount: fc.constantFrom("1", "4,20", "20"),
});
const adjustNext = fc.record({
  op: fc.constant("adjust2" as const),
  shopper: fc.integer({ min: 0, max: CARD_REGULAR }),
  line: fc.nat(),
  delivered: fc.constantFrom("0", "1", "2"),
  refundTo,
});
const raiseCardRegular = fc.record({
  op: fc.constant("adjust" as const),
  shopper: fc.constant(CARD_REGULAR),
  line: fc.constant(0),
  delivered: fc.constant("2" as const),
  refundTo,
});

type Operation =
  | Drawn<typeof operation>
  | Drawn<ReturnType<typeof nextBasketOf>>[number]
  | Drawn<typeof recordNext>
  | Drawn<typeof adjustNext>
  | { op: "validate2" }
  | { op: "payouts2" };

// One of each farm's products, to pay on the spot.
const regularBasket: Operation[] = [
  { op: "line", shopper: REGULAR, product: 0, quantity: "1", mode: "set" },
  { op: "line", shopper: REGULAR, product: 2, quantity: "1", mode: "set" },
  { op: "confirm", shopper: REGULAR, method: "ON_SITE" },
];
// Two kilos of the farm's first product, paid by card (the first checkout of the sequence).
const cardRegularBasket: Operation[] = [
  { op: "line", shopper: CARD_REGULAR, product: 0, quantity: "2", mode: "set" },
  { op: "checkout", shopper: CARD_REGULAR },
  { op: "webhook", pick: 0, event: "checkout.session.completed" },
];
// What the market does once the payouts are known, while baskets (the regular's too) are still adjusted: an
// adjustment must not lower a producer's sales below what the market already paid it.
const lateAdjust = fc.record({
  op: fc.constant("adjust" as const),
  shopper: fc.integer({ min: 0, max: CARD_REGULAR }),
  line: fc.nat(),
  delivered: fc.constantFrom("0", "0,4", "1", "2"),
  refundTo,
});
const settling = fc.array(
  fc.oneof(
    { weight: 3, arbitrary: settle },
    { weight: 1, arbitrary: reverseSettlement },
    { weight: 2, arbitrary: lateAdjust },
  ),
  { minLength: 6, maxLength: 10 },
);
const nextWeek = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  {
    weight: 1,
    arbitrary: fc.record({
      // What was delivered of the card regular's two kilos.
      delivered: fc.constantFrom("0" as const, "0,4" as const, "1" as const),
      // The farm's products: its payout is by Stripe, so it is PAID once due.
      cardRegular: nextBasketOf(fc.constant(CARD_REGULAR), fc.integer({ min: 0, max: 1 })),
      baskets: fc.array(nextBasketOf(fc.integer({ min: 0, max: REGULAR })), { maxLength: 1 }),
      records: fc.array(recordNext, { maxLength: 1 }),
      settlements: fc.array(
        fc.oneof(
          { weight: 3, arbitrary: settleIn(1) },
          { weight: 1, arbitrary: reverseSettlement },
          { weight: 2, arbitrary: lateAdjust },
          { weight: 3, arbitrary: raiseCardRegular },
          { weight: 1, arbitrary: adjustNext },
          { weight: 1, arbitrary: recordNext },
        ),
        { minLength: 2, maxLength: 5 },
      ),
    }),
  },
);

// Sequences run before the random ones at every run, each once found failing. In both, a card checkout's
// « checkout.session.completed » comes only after « Valider la distribution » (the close job, which drops drafts,
// is not part of these sequences). At 4a2ae32 that confirmed the basket, which the validation never saw; months
// later, with the payouts scheduled, it was adjusted to nothing and, not validated itself, its payouts did not
// follow (statement's sales 3 713 instead of 1 485; they follow since a4c56ab). In the second, with a fee, the
// payouts are scheduled as soon as the distribution is validated, before the card payment: confirming the basket
// then left them and the fee without it (statement 3 676 instead of 3 620). Now such a draft stays a draft, its
// money credit (confirm-basket.ts), around which both still run refunds, adjustments and settlements.
type Example = [Drawn<typeof marketFeeBp>, Drawn<typeof operation>[], Drawn<typeof settling>, null];
const lateCardBasketAdjusted: Example = [
  0,
  [
    { op: "line", shopper: 1, product: 0, quantity: "1,5", mode: "add" },
    { op: "checkout", shopper: 1 },
    { op: "confirm", shopper: 0, method: "ON_SITE" },
    { op: "advance" },
    { op: "refund", shopper: 0 },
    { op: "payouts" },
    { op: "receive", shopper: 0, method: "CASH", cents: 1 },
    { op: "webhook", pick: 0, event: "payment_intent.succeeded" },
    { op: "line", shopper: 0, product: 0, quantity: "0", mode: "add" },
    { op: "line", shopper: 0, product: 0, quantity: "0", mode: "add" },
    { op: "advance" },
    { op: "receive", shopper: 0, method: "CASH", cents: 1 },
    { op: "record", shopper: 0, method: "CASH", amount: "0,01" },
    { op: "receive", shopper: 0, method: "CASH", cents: 1 },
    { op: "refund", shopper: 0 },
    { op: "validateDistribution", unpaid: "CASH" },
    { op: "webhook", pick: 0, event: "checkout.session.completed" },
    { op: "refund", shopper: 0 },
    { op: "line", shopper: 0, product: 0, quantity: "0", mode: "add" },
    { op: "record", shopper: 0, method: "CASH", amount: "0,01" },
    { op: "adjust", shopper: 0, line: 0, delivered: "0", refundTo: "CARD" },
    { op: "refund", shopper: 0 },
    { op: "webhook", pick: 0, event: "checkout.session.completed" },
    { op: "line", shopper: 0, product: 0, quantity: "0", mode: "add" },
    { op: "confirm", shopper: 0, method: "ON_SITE" },
    { op: "receive", shopper: 0, method: "CASH", cents: 1 },
    { op: "webhook", pick: 0, event: "checkout.session.completed" },
    { op: "record", shopper: 0, method: "CASH", amount: "0,01" },
    { op: "refund", shopper: 0 },
    { op: "reverseSettlement", pick: 0 },
    { op: "refund", shopper: 0 },
    { op: "confirm", shopper: 0, method: "ON_SITE" },
  ],
  [
    { op: "adjust", shopper: 1, line: 0, delivered: "0", refundTo: "CARD" },
    { op: "adjust", shopper: 0, line: 0, delivered: "0", refundTo: "CARD" },
    { op: "settle", producer: 0, percentOfOwed: 0, plusCents: 0, method: "TRANSFER", week: 0 },
    { op: "adjust", shopper: 0, line: 0, delivered: "0", refundTo: "CARD" },
    { op: "settle", producer: 0, percentOfOwed: 0, plusCents: 0, method: "TRANSFER", week: 0 },
    { op: "settle", producer: 0, percentOfOwed: 0, plusCents: 0, method: "TRANSFER", week: 0 },
    { op: "settle", producer: 0, percentOfOwed: 0, plusCents: 0, method: "TRANSFER", week: 0 },
  ],
  null,
];
const lateCardAfterPayouts: Example = [
  250,
  lateCardBasketAdjusted[1].flatMap((o): Example[1] =>
    o.op === "validateDistribution" ? [o, { op: "payouts" }] : [o],
  ),
  lateCardBasketAdjusted[2],
  null,
];
// fast-check counts them in numRuns: MONEY_RUNS random sequences come after them.
const regressions = [lateCardBasketAdjusted, lateCardAfterPayouts];

type World = Awaited<ReturnType<typeof makeWorld>>;

async function makeWorld(feeBp: number) {
  const base = new Date("2026-06-01T10:00:00Z");
  const market = await createMarket({ feeBp, paymentMethods: ["ON_SITE", "TRANSFER", "CARD", "BALANCE"] });
  const distribution = await createDistribution(market, { now: base, inDays: 4 });
  // Open for orders from the first distribution's `monthsLater` on.
  const next = await createDistribution(market, { now: base, inDays: 74 });
  const admin = await createUser();
  await createMembership(market.id, admin.id, { isAdmin: true });
  const farms = [await createProducerWithCatalog(), await createProducerWithCatalog()];
  await db().producer.update({
    where: { id: farms[0].producer.id },
    data: { stripeAccountId: `acct_${farms[0].producer.id}`, stripeOnboardedAt: base },
  });
  for (const { catalog } of farms) {
    await db().catalogLink.create({ data: { catalogId: catalog.id, marketId: market.id } });
    await createParticipation(distribution.id, catalog.id);
    await createParticipation(next.id, catalog.id);
  }
  const products = [
    await createProduct(farms[0].catalog.id, { priceCents: 1485, bulk: true, unit: "KG", step: 0.5 }),
    await createProduct(farms[0].catalog.id, {
      priceCents: 290,
      maxPriceCents: 435,
      unit: "KG",
      variableWeight: true,
      step: 0.5,
    }),
    await createProduct(farms[1].catalog.id, { priceCents: 420, stock: 6 }),
  ];
  const shoppers: Actor[] = [];
  for (let i = 0; i < SHOPPERS + 2; i++) {
    const user = await createUser();
    await createMembership(market.id, user.id);
    shoppers.push(await loadActor(user.id));
  }
  const at: Record<Phase, Date> = {
    open: base,
    closed: new Date(distribution.ordersCloseAt.getTime() + 60_000),
    day: new Date(distribution.pickupStartAt.getTime() + 60_000),
    later: new Date(distribution.pickupStartAt.getTime() + 14 * 86_400_000),
    monthsLater: new Date(distribution.pickupStartAt.getTime() + 60 * 86_400_000),
  };
  const atNext = {
    open: new Date(at.monthsLater.getTime() + 3_600_000),
    day: new Date(next.pickupStartAt.getTime() + 60_000),
    later: new Date(next.pickupStartAt.getTime() + 14 * 86_400_000),
  };
  return {
    market,
    distribution,
    next,
    weeks: [distribution, next],
    admin: await loadActor(admin.id),
    products,
    shoppers,
    producerIds: farms.map((f) => f.producer.id),
    at,
    atNext,
    phase: 0,
    // Once the next distribution is on its day, and later: the time of everything that follows.
    clock: null as Date | null,
    checkouts: [] as { sessionId: string; paymentIntentId: string }[],
    events: 0,
    // The settlements recorded, with what the market owed the producer just before.
    settlements: [] as Settlement[],
  };
}

type Settlement = {
  transactionId: string;
  producerId: string;
  distributionId: string;
  amountCents: number;
  method: SettlementMethod;
  owedBeforeCents: number;
  reversed: boolean;
};

type Payout = { amountCents: number; status: string };

// What the market still owes a producer: its account, less what Cabas has yet to transfer of its payout.
const owedByMarket = (account: { amountCents: number }[], payout: Payout | undefined) =>
  sum(account) - (payout && payout.status !== "PAID" ? payout.amountCents : 0);

async function owedNow(w: World, producerId: string, distributionId: string) {
  const where = { producerId, distributionId };
  const [account, payout] = await Promise.all([
    db().ledgerEntry.findMany({ where: { ...where, account: "PRODUCER" }, select: { amountCents: true } }),
    db().payout.findUnique({ where: { producerId_distributionId: where } }),
  ]);
  return owedByMarket(account, payout ?? undefined);
}

const now = (w: World) => w.clock ?? w.at[PHASES[w.phase]];

async function orderOf(w: World, s: number, distribution = w.distribution) {
  return db().order.findUnique({
    where: { distributionId_userId: { distributionId: distribution.id, userId: w.shoppers[s].userId } },
    select: { id: true, lines: { select: { id: true }, orderBy: { id: "asc" } } },
  });
}

async function run(w: World, o: Operation) {
  const at = now(w);
  const base = { marketId: w.market.id, now: at };
  switch (o.op) {
    case "line":
      return setBasketQuantity({
        actor: w.shoppers[o.shopper],
        distributionId: w.distribution.id,
        productId: w.products[o.product].id,
        quantityText: o.quantity,
        mode: o.mode,
        now: at,
      });
    case "confirm": {
      const order = await orderOf(w, o.shopper);
      if (order) await confirmOrder({ actor: w.shoppers[o.shopper], orderId: order.id, method: o.method, now: at });
      return;
    }
    case "checkout": {
      const order = await orderOf(w, o.shopper);
      if (!order) return;
      const { paymentId } = await startCardCheckout({
        actor: w.shoppers[o.shopper],
        orderId: order.id,
        now: at,
        appUrl: "http://cabas.test",
      });
      const payment = await db().payment.findUniqueOrThrow({ where: { id: paymentId } });
      w.checkouts.push({ sessionId: payment.stripeCheckoutSessionId!, paymentIntentId: `pi_${paymentId}` });
      return;
    }
    case "webhook": {
      if (w.checkouts.length === 0) return;
      const { sessionId, paymentIntentId } = w.checkouts[o.pick % w.checkouts.length];
      const object =
        o.event === "checkout.session.completed"
          ? { id: sessionId, object: "checkout.session", payment_status: "paid", payment_intent: paymentIntentId }
          : { id: paymentIntentId, object: "payment_intent" };
      const event = { id: `evt_${w.market.id}_${w.events++}`, type: o.event, created: 1_790_000_000 };
      // The payment-intent event before the checkout one finds no payment by intent yet: Stripe retries it.
      return handleStripeEvent({ ...event, data: { object } } as unknown as Stripe.Event, at);
    }
    case "retryRefunds":
      // A lowered card basket is refunded with its change ("line"); the job sends any refund left unsent.
      return retryUnsentCardRefunds({ now: new Date(at.getTime() + 5 * 60_000) });
    case "receive": {
      const order = await orderOf(w, o.shopper);
      await db().$transaction((tx) =>
        receivePayment(tx, {
          ...base,
          userId: w.shoppers[o.shopper].userId,
          orderId: order?.id,
          method: o.method,
          amountCents: o.cents,
          createdById: w.admin.userId,
        }),
      );
      return;
    }
    case "record": {
      const order = await orderOf(w, o.shopper);
      if (!order) return;
      return recordPayment({ ...base, actor: w.admin, orderId: order.id, method: o.method, amount: o.amount });
    }
    case "reverse": {
      const received = await db().payment.findMany({
        where: { marketId: w.market.id, method: { not: "CARD" } },
        orderBy: { createdAt: "asc" },
        select: { id: true },
      });
      if (received.length === 0) return;
      return reversePayment({ ...base, actor: w.admin, paymentId: received[o.pick % received.length].id });
    }
    case "credit":
      return adjustBalance({
        ...base,
        actor: w.admin,
        userId: w.shoppers[o.shopper].userId,
        amountCents: o.cents,
        reason: o.reason,
        note: "geste",
      });
    case "advance":
      w.phase = Math.min(w.phase + 1, PHASES.length - 1);
      return;
    case "adjust": {
      const order = await orderOf(w, o.shopper);
      if (!order || order.lines.length === 0) return;
      const line = order.lines[o.line % order.lines.length];
      return adjustBasket({
        ...base,
        actor: w.admin,
        orderId: order.id,
        delivered: { [line.id]: o.delivered },
        refundTo: o.refundTo,
      });
    }
    case "refund": {
      const order = await orderOf(w, o.shopper);
      if (order) await refundOverpayment({ actor: w.admin, orderId: order.id, now: at });
      return;
    }
    case "validateBasket": {
      const order = await orderOf(w, o.shopper);
      if (order) await validateBasket({ ...base, actor: w.admin, orderId: order.id, onSiteMethod: o.method });
      return;
    }
    case "validateDistribution": {
      // The same answer for every basket still unpaid.
      const orders = await db().order.findMany({ where: { distributionId: w.distribution.id }, select: { id: true } });
      const unpaid = Object.fromEntries(orders.map((order) => [order.id, o.unpaid]));
      return validateDistribution({ ...base, actor: w.admin, distributionId: w.distribution.id, unpaid });
    }
    case "payouts":
      await schedulePayouts({ now: at });
      return payDuePayouts({ now: at, transfer: stripeTransfer() });
    case "settle": {
      const producerId = w.producerIds[o.producer];
      const distributionId = w.weeks[o.week].id;
      const owedBeforeCents = await owedNow(w, producerId, distributionId);
      const amountCents = Math.round((owedBeforeCents * o.percentOfOwed) / 100) + o.plusCents;
      const { transactionId } = await recordProducerSettlement({
        ...base,
        actor: w.admin,
        producerId,
        distributionId,
        amountCents,
        method: o.method,
        paidOn: localDay(at, w.market.timeZone),
        reference: null,
      });
      w.settlements.push({
        transactionId,
        producerId,
        distributionId,
        amountCents,
        method: o.method,
        owedBeforeCents,
        reversed: false,
      });
      return;
    }
    case "reverseSettlement": {
      if (w.settlements.length === 0) return;
      const settlement = w.settlements[o.pick % w.settlements.length];
      await reverseProducerSettlement({ ...base, actor: w.admin, transactionId: settlement.transactionId });
      settlement.reversed = true;
      return;
    }
    case "line2":
      return setBasketQuantity({
        actor: w.shoppers[o.shopper],
        distributionId: w.next.id,
        productId: w.products[o.product].id,
        quantityText: o.quantity,
        mode: "set",
        now: w.atNext.open,
      });
    case "confirm2": {
      const order = await orderOf(w, o.shopper, w.next);
      if (order)
        await confirmOrder({ actor: w.shoppers[o.shopper], orderId: order.id, method: o.method, now: w.atNext.open });
      return;
    }
    case "record2": {
      const order = await orderOf(w, o.shopper, w.next);
      if (!order) return;
      return recordPayment({ ...base, actor: w.admin, orderId: order.id, method: "CASH", amount: o.amount });
    }
    case "adjust2": {
      const order = await orderOf(w, o.shopper, w.next);
      if (!order || order.lines.length === 0) return;
      const line = order.lines[o.line % order.lines.length];
      return adjustBasket({
        ...base,
        actor: w.admin,
        orderId: order.id,
        delivered: { [line.id]: o.delivered },
        refundTo: o.refundTo,
      });
    }
    case "validate2": {
      w.clock = w.atNext.day;
      const orders = await db().order.findMany({ where: { distributionId: w.next.id }, select: { id: true } });
      const unpaid = Object.fromEntries(orders.map((order) => [order.id, "DEBT" as const]));
      return validateDistribution({
        marketId: w.market.id,
        now: w.clock,
        actor: w.admin,
        distributionId: w.next.id,
        unpaid,
      });
    }
    case "payouts2":
      w.clock = w.atNext.later;
      await schedulePayouts({ now: w.clock });
      return payDuePayouts({ now: w.clock, transfer: stripeTransfer() });
  }
}

const sum = (rows: { amountCents: number }[]) => rows.reduce((s, r) => s + r.amountCents, 0);

// What a treasurer checks, from the ledger and, independently, from the documents (payments, refunds, lines).
async function expectMoneyInvariants(w: World, step: string) {
  const marketId = w.market.id;
  const entries = await db().ledgerEntry.findMany({
    where: { marketId },
    select: {
      account: true,
      amountCents: true,
      userId: true,
      producerId: true,
      distributionId: true,
      orderId: true,
      transactionId: true,
      transaction: { select: { kind: true, paymentId: true, label: true, reversesId: true } },
    },
  });
  // Every transaction sums to zero.
  const byTransaction = new Map<string, number>();
  for (const e of entries)
    byTransaction.set(e.transactionId, (byTransaction.get(e.transactionId) ?? 0) + e.amountCents);
  expect(
    [...byTransaction.values()].filter((s) => s !== 0),
    `${step}: unbalanced`,
  ).toEqual([]);

  const orders = await db().order.findMany({
    where: { marketId },
    select: {
      id: true,
      userId: true,
      distributionId: true,
      confirmedAt: true,
      lines: { select: { totalCents: true, product: { select: { catalog: { select: { producerId: true } } } } } },
      refunds: { where: { destination: "CARD", status: { not: "FAILED" } }, select: { amountCents: true } },
    },
  });
  const payments = await db().payment.findMany({
    where: { marketId, status: "SUCCEEDED" },
    select: { userId: true, amountCents: true, method: true },
  });
  // No draft in any total: a draft owes nothing (money received for its shopper is on their balance).
  const drafts = new Set(orders.filter((o) => !o.confirmedAt).map((o) => o.id));
  const draftDebts = entries.filter((e) => e.orderId && drafts.has(e.orderId) && e.transaction.kind === "ORDER");
  expect(draftDebts, `${step}: a draft's debt in the ledger`).toEqual([]);

  // A shopper's balance = payments − confirmed debts − card refunds + credits with a reason.
  for (const { userId } of w.shoppers) {
    const ledger = sum(entries.filter((e) => e.account === "SHOPPER" && e.userId === userId));
    const mine = orders.filter((o) => o.userId === userId);
    const debts = mine.filter((o) => o.confirmedAt).reduce((s, o) => s + sum(o.lines.map(totalOf)), 0);
    const refunded = mine.reduce((s, o) => s + sum(o.refunds), 0);
    const credits = sum(
      entries.filter((e) => e.account === "SHOPPER" && e.userId === userId && e.transaction.kind === "BALANCE_CREDIT"),
    );
    const paid = sum(payments.filter((p) => p.userId === userId));
    expect(ledger, `${step}: balance of a shopper`).toBe(paid - debts - refunded + credits);
  }
  // Balances are funded only by recorded money: nothing but these credits a shopper.
  for (const e of entries.filter((e) => e.account === "SHOPPER" && e.amountCents > 0)) {
    expect(["PAYMENT", "ORDER", "REFUND_FAILED", "BALANCE_CREDIT", "REVERSAL"], step).toContain(e.transaction.kind);
    if (e.transaction.kind === "PAYMENT") expect(e.transaction.paymentId, step).not.toBeNull();
    if (e.transaction.kind === "BALANCE_CREDIT") expect(e.transaction.label, step).toBeTruthy();
  }

  // Each producer is owed, in ORDER entries, exactly its confirmed lines, distribution by distribution.
  const key = (producerId: string, distributionId: string) => `${producerId} ${distributionId}`;
  const sales = new Map<string, number>();
  for (const o of orders.filter((o) => o.confirmedAt))
    for (const l of o.lines) {
      const k = key(l.product.catalog.producerId, o.distributionId);
      sales.set(k, (sales.get(k) ?? 0) + l.totalCents);
    }
  for (const [k, cents] of sales) {
    const ordered = entries.filter(
      (e) => e.account === "PRODUCER" && key(e.producerId!, e.distributionId!) === k && e.transaction.kind === "ORDER",
    );
    expect(sum(ordered), `${step}: sales of a producer`).toBe(cents);
  }

  // Cabas pays out at most what it collected online, net of refunds; paid out + owed by the market + fees =
  // delivered sales; Stripe never holds less than nothing for the market.
  const onlineNet = sum(payments.filter((p) => p.method === "CARD")) - orders.reduce((s, o) => s + sum(o.refunds), 0);
  const payouts = await db().payout.findMany({
    where: { marketId },
    select: {
      producerId: true,
      distributionId: true,
      grossCents: true,
      feeCents: true,
      onlineCents: true,
      amountCents: true,
      status: true,
    },
  });
  expect(sum(payouts.filter((p) => p.status === "PAID")), `${step}: paid out`).toBeLessThanOrEqual(onlineNet);
  for (const p of payouts) {
    expect(p.amountCents, step).toBeLessThanOrEqual(Math.min(p.onlineCents, p.grossCents - p.feeCents));
    expect(p.feeCents, step).toBe(feeCents(p.grossCents, w.market.feeBp));
    expect(p.grossCents, `${step}: statement's sales`).toBe(sales.get(key(p.producerId, p.distributionId)));
  }
  const settlementIds = new Set(
    entries.filter((e) => e.transaction.kind === "PRODUCER_SETTLEMENT").map((e) => e.transactionId),
  );
  const weeks = await db().distribution.findMany({
    where: { id: { in: w.weeks.map((d) => d.id) } },
    select: { id: true, payoutsScheduledAt: true },
  });
  // What each week's baskets bring online, as the payouts count it now (card-funded credit included): over both
  // weeks no more than the card money Cabas holds, and no payout, paid or not, above it. A change that lowers
  // it after the payouts were scheduled must have been followed, or refused.
  let countedOnline = 0;
  for (const { id: distributionId, payoutsScheduledAt } of weeks) {
    if (!payoutsScheduledAt) continue;
    const online = await collectedOnlineByProducer(db(), distributionId);
    countedOnline += [...online.values()].reduce((s, c) => s + c, 0);
    for (const p of payouts.filter((p) => p.distributionId === distributionId))
      expect(p.amountCents, `${step}: a payout above what Cabas may pay`).toBeLessThanOrEqual(
        Math.min(online.get(p.producerId) ?? 0, p.grossCents - p.feeCents),
      );
  }
  expect(countedOnline, `${step}: online money counted twice`).toBeLessThanOrEqual(onlineNet);
  for (const { id: distributionId, payoutsScheduledAt } of weeks)
    for (const producerId of w.producerIds) {
      const account = entries.filter(
        (e) => e.account === "PRODUCER" && e.producerId === producerId && e.distributionId === distributionId,
      );
      const payout = payouts.find((p) => p.producerId === producerId && p.distributionId === distributionId);
      const settlements = w.settlements.filter(
        (s) => s.producerId === producerId && s.distributionId === distributionId,
      );
      const settled = sum(settlements.filter((s) => !s.reversed));
      const owed = owedByMarket(account, payout);
      expect(owed, `${step}: owed by the market`).toBeGreaterThanOrEqual(0);
      // The settlements on the producer's account are those recorded and not reversed.
      const settledInLedger = account.filter((e) => settlementIds.has(e.transaction.reversesId ?? e.transactionId));
      expect(sum(settledInLedger) + settled, `${step}: settled in the ledger and recorded`).toBe(0);
      for (const s of settlements)
        expect(s.amountCents, `${step}: settled more than owed`).toBeLessThanOrEqual(s.owedBeforeCents);
      // The statement: what Cabas paid or will pay, what the market owes and what it settled, the fee, and
      // nothing else, add up to the producer's delivered sales, as the order lines say; the market settles
      // nothing before the payouts are scheduled, when its share is known.
      const gross = sales.get(key(producerId, distributionId)) ?? 0;
      const fee = payoutsScheduledAt && gross > 0 ? feeCents(gross, w.market.feeBp) : 0;
      const marketShare = gross - fee - (payout?.amountCents ?? 0);
      expect(settled, `${step}: settled more than the market's share`).toBeLessThanOrEqual(
        payoutsScheduledAt ? marketShare : 0,
      );
      expect(owed + settled, `${step}: statement`).toBe(marketShare);
    }
  // A reversed settlement is undone entry by entry; the others stand as recorded, from the till for cash and
  // from the bank otherwise.
  for (const s of w.settlements) {
    const original = entries.filter((e) => e.transactionId === s.transactionId).map(entryOf);
    const reversal = entries.filter((e) => e.transaction.reversesId === s.transactionId).map(entryOf);
    expect(original.toSorted(byAccount), `${step}: a settlement`).toEqual(
      [
        { account: "PRODUCER", producerId: s.producerId, amountCents: -s.amountCents },
        { account: s.method === "CASH" ? "MARKET_TILL" : "MARKET_BANK", producerId: null, amountCents: s.amountCents },
      ].toSorted(byAccount),
    );
    expect(reversal.toSorted(byAccount), `${step}: a settlement's reversal`).toEqual(
      s.reversed ? original.map((e) => ({ ...e, amountCents: -e.amountCents })).toSorted(byAccount) : [],
    );
  }
  // The market's till and bank hold what it took on the spot and by transfer, less what it paid producers.
  const active = w.settlements.filter((s) => !s.reversed);
  for (const [account, method, paidFrom] of [
    ["MARKET_TILL", "ON_SITE", (m: SettlementMethod) => m === "CASH"],
    ["MARKET_BANK", "TRANSFER", (m: SettlementMethod) => m !== "CASH"],
  ] as const)
    expect(sum(entries.filter((e) => e.account === account)), `${step}: ${account}`).toBe(
      -sum(payments.filter((p) => p.method === method)) + sum(active.filter((s) => paidFrom(s.method))),
    );
  expect(sum(entries.filter((e) => e.account === "PLATFORM_STRIPE")), `${step}: Stripe`).toBeLessThanOrEqual(0);
}

const totalOf = (l: { totalCents: number }) => ({ amountCents: l.totalCents });
const entryOf = (e: { account: string; producerId: string | null; amountCents: number }) => ({
  account: e.account,
  producerId: e.producerId,
  amountCents: e.amountCents,
});
const byAccount = (a: { account: string }, b: { account: string }) => a.account.localeCompare(b.account);

const done = new Set<Operation["op"]>();
const OPERATIONS: Operation["op"][] = [
  "line",
  "confirm",
  "checkout",
  "webhook",
  "retryRefunds",
  "receive",
  "record",
  "reverse",
  "credit",
  "advance",
  "adjust",
  "refund",
  "validateBasket",
  "validateDistribution",
  "payouts",
  "settle",
  "reverseSettlement",
  "line2",
  "confirm2",
  "record2",
  "adjust2",
  "validate2",
  "payouts2",
];
// The refusals the sequences must have met: the cap on settlements, a settlement reversed twice, an
// adjustment below what the market already paid a producer, and one of the first week that would take back
// card-funded credit Cabas already paid out of the next week.
const refused = new Set<string>();
const nextWeeks: string[] = [];

describe("money properties", () => {
  it("every step of every random sequence keeps the ledger balanced and true to the documents", async () => {
    await fc.assert(
      fc.asyncProperty(
        marketFeeBp,
        fc.array(operation, { minLength: 30, maxLength: 40 }),
        settling,
        nextWeek,
        async (feeBp, operations, settlements, next) => {
          const world = await makeWorld(feeBp);
          if (next) nextWeeks.push(world.next.id);
          // Whatever happened before, each run ends with the sale validated, its payouts paid, and the market
          // paying producers (or trying to).
          const finale: Operation[] = [
            ...PHASES.slice(0, PHASES.indexOf("day")).map(() => ({ op: "advance" as const })),
            { op: "validateDistribution", unpaid: "DEBT" },
            ...(next
              ? [
                  {
                    op: "adjust" as const,
                    shopper: CARD_REGULAR,
                    line: 0,
                    delivered: next.delivered,
                    refundTo: "BALANCE" as const,
                  },
                ]
              : []),
            ...PHASES.map(() => ({ op: "advance" as const })),
            { op: "payouts" },
            ...settlements,
            ...(next
              ? [
                  ...next.cardRegular,
                  ...next.baskets.flat(),
                  ...next.records,
                  { op: "validate2" as const },
                  { op: "payouts2" as const },
                  ...next.settlements,
                ]
              : []),
          ];
          const prelude = next ? [...regularBasket, ...cardRegularBasket] : regularBasket;
          for (const [i, o] of [...prelude, ...operations, ...finale].entries()) {
            try {
              await run(world, o);
              done.add(o.op);
            } catch (error) {
              if (!(error instanceof DomainError)) throw error;
              refused.add(`${o.op} ${error.code}`);
              // A first-week change refused for what Cabas already paid out of the next week.
              const refusedFor = error.params?.distribution;
              if (
                o.op === "adjust" &&
                refusedFor instanceof Date &&
                refusedFor.getTime() === world.next.pickupStartAt.getTime()
              )
                refused.add(`${o.op} ${error.code} (next week)`);
            }
            await expectMoneyInvariants(
              world,
              `step ${i} ${JSON.stringify(o)} at ${now(world).toISOString()} (${PHASES[world.phase]})`,
            );
          }
        },
      ),
      { numRuns: RUNS + regressions.length, examples: regressions },
    );
    // The sequences went through every operation, and money went all the way to producers and back to cards.
    expect([...done].sort()).toEqual(OPERATIONS.toSorted());
    expect(await db().payout.count({ where: { status: "PAID", amountCents: { gt: 0 } } })).toBeGreaterThan(0);
    // Card-funded credit of the first week paid next-week baskets, and Cabas paid it out to their producers.
    expect(
      await db().payout.count({ where: { distributionId: { in: nextWeeks }, status: "PAID", amountCents: { gt: 0 } } }),
    ).toBeGreaterThan(0);
    expect(await db().ledgerTransaction.count({ where: { kind: "REFUND" } })).toBeGreaterThan(0);
    expect(
      await db().ledgerTransaction.count({ where: { kind: "REVERSAL", reverses: { kind: "PRODUCER_SETTLEMENT" } } }),
    ).toBeGreaterThan(0);
    expect([...refused]).toEqual(
      expect.arrayContaining([
        "settle SETTLEMENT_MORE_THAN_OWED",
        "reverseSettlement ALREADY_REVERSED",
        "adjust PRODUCER_ALREADY_SETTLED",
        "adjust PRODUCER_ALREADY_PAID (next week)",
      ]),
    );
  }, 3_600_000);
});
