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
// owes them (« payé au producteur ») and reversing it — and after every step, the
// treasurer's invariants over the whole market (`expectMoneyInvariants`). A refused operation (a DomainError) is a
// normal outcome; anything else thrown fails the run. MONEY_RUNS lowers the run count while working locally.
withFakeStripe();
const RUNS = Number(process.env.MONEY_RUNS ?? 200);
// The shoppers the random operations pick from; after them, a regular whose basket is confirmed before every
// sequence (`regularBasket`), so that every run ends with the market owing its producers something to settle.
const SHOPPERS = 3;
const REGULAR = SHOPPERS;
const PRODUCTS = 3;

type Phase = "open" | "closed" | "day" | "later" | "monthsLater";
const PHASES: Phase[] = ["open", "closed", "day", "later", "monthsLater"];

const shopper = fc.integer({ min: 0, max: SHOPPERS - 1 });
const quantity = fc.constantFrom("0", "0,5", "1", "1,5", "2", "3", "7");
const cents = fc.integer({ min: 1, max: 5_000 });
// « Payé au producteur »: a share of what the market owes the producer at that moment, give or take a cent, so
// that the cap is tried below, at and above its edge (and a settlement of nothing or less).
const settle = fc.record({
  op: fc.constant("settle" as const),
  producer: fc.integer({ min: 0, max: 1 }),
  percentOfOwed: fc.constantFrom(0, 25, 50, 100, 150),
  plusCents: fc.integer({ min: -1, max: 1 }),
  method: fc.constantFrom(...SETTLEMENT_METHODS),
});
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
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

// One of each farm's products, to pay on the spot.
const regularBasket: Operation[] = [
  { op: "line", shopper: REGULAR, product: 0, quantity: "1", mode: "set" },
  { op: "line", shopper: REGULAR, product: 2, quantity: "1", mode: "set" },
  { op: "confirm", shopper: REGULAR, method: "ON_SITE" },
];
// What the market does once the payouts are known, while baskets (the regular's too) are still adjusted: an
// adjustment must not lower a producer's sales below what the market already paid it.
const lateAdjust = fc.record({
  op: fc.constant("adjust" as const),
  shopper: fc.integer({ min: 0, max: REGULAR }),
  line: fc.nat(),
  delivered: fc.constantFrom("0", "0,4", "1", "2"),
});
const settling = fc.array(
  fc.oneof(
    { weight: 3, arbitrary: settle },
    { weight: 1, arbitrary: reverseSettlement },
    { weight: 2, arbitrary: lateAdjust },
  ),
  { minLength: 6, maxLength: 10 },
);

type World = Awaited<ReturnType<typeof makeWorld>>;

async function makeWorld(feeBp: number) {
  const base = new Date("2026-06-01T10:00:00Z");
  const market = await createMarket({ feeBp, paymentMethods: ["ON_SITE", "TRANSFER", "CARD", "BALANCE"] });
  const distribution = await createDistribution(market, { now: base, inDays: 4 });
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
  for (let i = 0; i < SHOPPERS + 1; i++) {
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
  return {
    market,
    distribution,
    admin: await loadActor(admin.id),
    products,
    shoppers,
    producerIds: farms.map((f) => f.producer.id),
    at,
    phase: 0,
    checkouts: [] as { sessionId: string; paymentIntentId: string }[],
    events: 0,
    // The settlements recorded, with what the market owed the producer just before.
    settlements: [] as Settlement[],
  };
}

type Settlement = {
  transactionId: string;
  producerId: string;
  amountCents: number;
  method: SettlementMethod;
  owedBeforeCents: number;
  reversed: boolean;
};

type Payout = { amountCents: number; status: string };

// What the market still owes a producer: its account, less what Cabas has yet to transfer of its payout.
const owedByMarket = (account: { amountCents: number }[], payout: Payout | undefined) =>
  sum(account) - (payout && payout.status !== "PAID" ? payout.amountCents : 0);

async function owedNow(w: World, producerId: string) {
  const where = { producerId, distributionId: w.distribution.id };
  const [account, payout] = await Promise.all([
    db().ledgerEntry.findMany({ where: { ...where, account: "PRODUCER" }, select: { amountCents: true } }),
    db().payout.findUnique({ where: { producerId_distributionId: where } }),
  ]);
  return owedByMarket(account, payout ?? undefined);
}

const now = (w: World) => w.at[PHASES[w.phase]];

async function orderOf(w: World, s: number) {
  return db().order.findUnique({
    where: { distributionId_userId: { distributionId: w.distribution.id, userId: w.shoppers[s].userId } },
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
      return adjustBasket({ ...base, actor: w.admin, orderId: order.id, delivered: { [line.id]: o.delivered } });
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
      const owedBeforeCents = await owedNow(w, producerId);
      const amountCents = Math.round((owedBeforeCents * o.percentOfOwed) / 100) + o.plusCents;
      const { transactionId } = await recordProducerSettlement({
        ...base,
        actor: w.admin,
        producerId,
        distributionId: w.distribution.id,
        amountCents,
        method: o.method,
        paidOn: localDay(at, w.market.timeZone),
        reference: null,
      });
      w.settlements.push({
        transactionId,
        producerId,
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

  // Each producer is owed, in ORDER entries, exactly its confirmed lines.
  const sales = new Map<string, number>();
  for (const o of orders.filter((o) => o.confirmedAt))
    for (const l of o.lines) {
      const producerId = l.product.catalog.producerId;
      sales.set(producerId, (sales.get(producerId) ?? 0) + l.totalCents);
    }
  for (const [producerId, cents] of sales) {
    const ordered = entries.filter(
      (e) => e.account === "PRODUCER" && e.producerId === producerId && e.transaction.kind === "ORDER",
    );
    expect(sum(ordered), `${step}: sales of a producer`).toBe(cents);
  }

  // Cabas pays out at most what it collected online, net of refunds; paid out + owed by the market + fees =
  // delivered sales; Stripe never holds less than nothing for the market.
  const onlineNet = sum(payments.filter((p) => p.method === "CARD")) - orders.reduce((s, o) => s + sum(o.refunds), 0);
  const payouts = await db().payout.findMany({
    where: { marketId },
    select: { producerId: true, grossCents: true, feeCents: true, onlineCents: true, amountCents: true, status: true },
  });
  expect(sum(payouts.filter((p) => p.status === "PAID")), `${step}: paid out`).toBeLessThanOrEqual(onlineNet);
  for (const p of payouts) {
    expect(p.amountCents, step).toBeLessThanOrEqual(Math.min(p.onlineCents, p.grossCents - p.feeCents));
    expect(p.feeCents, step).toBe(feeCents(p.grossCents, w.market.feeBp));
    expect(p.grossCents, `${step}: statement's sales`).toBe(sales.get(p.producerId));
  }
  const settlementIds = new Set(
    entries.filter((e) => e.transaction.kind === "PRODUCER_SETTLEMENT").map((e) => e.transactionId),
  );
  const { payoutsScheduledAt } = await db().distribution.findUniqueOrThrow({ where: { id: w.distribution.id } });
  for (const producerId of w.producerIds) {
    const account = entries.filter((e) => e.account === "PRODUCER" && e.producerId === producerId);
    const payout = payouts.find((p) => p.producerId === producerId);
    const settlements = w.settlements.filter((s) => s.producerId === producerId);
    const settled = sum(settlements.filter((s) => !s.reversed));
    const owed = owedByMarket(account, payout);
    expect(owed, `${step}: owed by the market`).toBeGreaterThanOrEqual(0);
    // The settlements on the producer's account are those recorded and not reversed.
    const settledInLedger = account.filter((e) => settlementIds.has(e.transaction.reversesId ?? e.transactionId));
    expect(sum(settledInLedger) + settled, `${step}: settled in the ledger and recorded`).toBe(0);
    for (const s of settlements)
      expect(s.amountCents, `${step}: settled more than owed`).toBeLessThanOrEqual(s.owedBeforeCents);
    // The statement: what Cabas paid or will pay, what the market owes and what it settled, the fee, and nothing
    // else, add up to the producer's delivered sales, as the order lines say; the market settles nothing before
    // the payouts are scheduled, when its share is known.
    const gross = sales.get(producerId) ?? 0;
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
];
// The refusals the sequences must have met: the cap on settlements, a settlement reversed twice, and an
// adjustment below what the market already paid a producer.
const refused = new Set<string>();

describe("money properties", () => {
  it("every step of every random sequence keeps the ledger balanced and true to the documents", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(0, 250, 1000),
        fc.array(operation, { minLength: 30, maxLength: 40 }),
        settling,
        async (feeBp, operations, settlements) => {
          const world = await makeWorld(feeBp);
          // Whatever happened before, each run ends with the sale validated, its payouts paid, and the market
          // paying producers (or trying to).
          const finale: Operation[] = [
            ...PHASES.slice(0, PHASES.indexOf("day")).map(() => ({ op: "advance" as const })),
            { op: "validateDistribution", unpaid: "DEBT" },
            ...PHASES.map(() => ({ op: "advance" as const })),
            { op: "payouts" },
            ...settlements,
          ];
          for (const [i, o] of [...regularBasket, ...operations, ...finale].entries()) {
            try {
              await run(world, o);
              done.add(o.op);
            } catch (error) {
              if (!(error instanceof DomainError)) throw error;
              refused.add(`${o.op} ${error.code}`);
            }
            await expectMoneyInvariants(world, `step ${i} ${JSON.stringify(o)} in ${PHASES[world.phase]}`);
          }
        },
      ),
      { numRuns: RUNS },
    );
    // The sequences went through every operation, and money went all the way to producers and back to cards.
    expect([...done].sort()).toEqual(OPERATIONS.toSorted());
    expect(await db().payout.count({ where: { status: "PAID", amountCents: { gt: 0 } } })).toBeGreaterThan(0);
    expect(await db().ledgerTransaction.count({ where: { kind: "REFUND" } })).toBeGreaterThan(0);
    expect(
      await db().ledgerTransaction.count({ where: { kind: "REVERSAL", reverses: { kind: "PRODUCER_SETTLEMENT" } } }),
    ).toBeGreaterThan(0);
    expect([...refused]).toEqual(
      expect.arrayContaining([
        "settle SETTLEMENT_MORE_THAN_OWED",
        "reverseSettlement ALREADY_REVERSED",
        "adjust PRODUCER_ALREADY_SETTLED",
      ]),
    );
  }, 3_600_000);
});
