import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";
import {
  listMarketStatements,
  listProducerStatements,
  type StatementRow,
} from "@/lib/domain/payout/list-payout-statements";
import { payDuePayouts } from "@/lib/domain/payout/pay-due-payouts";
import { recordProducerSettlement } from "@/lib/domain/payout/record-producer-settlement";
import { reverseProducerSettlement } from "@/lib/domain/payout/reverse-producer-settlement";
import { schedulePayouts } from "@/lib/domain/payout/schedule-payouts";
import { stripeTransfer } from "@/lib/payments/stripe-transfer";
import { withFakeStripe } from "../../support/fake-stripe";
import { createMembership, createUser, unbalancedTransactions } from "../../support/factories";
import { distributionPaidEveryWay, paris } from "../../support/money-scenario";

withFakeStripe();

const rowOf = (rows: StatementRow[], producerId: string) => rows.find((r) => r.producerId === producerId)!;
const adminOf = async (scenario: { admin: { id: string } }) => loadActor(scenario.admin.id);
const producerBalance = async (producerId: string, distributionId: string) =>
  (
    await db().ledgerEntry.aggregate({
      where: { account: "PRODUCER", producerId, distributionId },
      _sum: { amountCents: true },
    })
  )._sum.amountCents ?? 0;

// Paid out by Cabas + owed by the market + the market's fee = delivered sales, on every statement.
function expectCoherent(row: StatementRow) {
  expect(row.shares).not.toBeNull();
  const { feeCents, cabas, market } = row.shares!;
  expect((cabas?.amountCents ?? 0) + market.shareCents + feeCents).toBe(row.salesCents);
  expect(market.shareCents).toBe(market.settledCents + market.dueCents);
  expect(cabas?.amountCents ?? 0).toBeLessThanOrEqual(row.shares!.onlineCents);
}

describe("producer statements", () => {
  it("show each producer's sales, VAT per rate, fee, what Cabas pays of what it collected online and what the market owes", async () => {
    const s = await distributionPaidEveryWay();
    const rows = await listMarketStatements({ actor: await adminOf(s), marketId: s.market.id });
    expect(rows.map((r) => r.producerName)).toEqual(["Ferme des Trois Cocus", "Fournil de Soupetard"]);

    // Farm: A 2 eggs 7,00 + B eggs 3,50 and soap 5,00 + D soap 5,00 = 20,50 € (the draft's eggs do not count).
    // VAT: 7,00 → 0,36 and 3,50 → 0,18 at 5,5 %; 5,00 → 0,83 twice at 20 %. Fee 2,5 % = 0,51 €. Cabas collected
    // 7,00 € for it (basket A's card payment, shared in proportion with the bakery's bread), so it pays 7,00 €;
    // the market owes the other 12,99 €.
    const farm = rowOf(rows, s.farm.producer.id);
    expect(farm).toMatchObject({
      distributionDay: "2026-03-07",
      marketName: s.market.name,
      salesCents: 2050,
      vat: {
        rates: [
          { vatRateBp: 550, totalCents: 1050, vatCents: 54, netCents: 996 },
          { vatRateBp: 2000, totalCents: 1000, vatCents: 166, netCents: 834 },
        ],
        totalCents: 2050,
        vatCents: 220,
        netCents: 1830,
      },
      shares: {
        feeCents: 51,
        onlineCents: 700,
        cabas: { amountCents: 700, paidCents: 0, status: "SCHEDULED", scheduledFor: "2026-03-16", paidOn: null },
        market: { shareCents: 1299, settledCents: 0, dueCents: 1299 },
      },
      settlements: [],
    });
    // Bakery: A 4,20 + C 8,40 + D 4,20 = 16,80 € at 5,5 % (0,22 + 0,44 + 0,22); fee 0,42 €; Cabas pays the
    // 4,20 € of basket A, the market owes 12,18 €.
    const bakery = rowOf(rows, s.bakery.producer.id);
    expect(bakery).toMatchObject({
      salesCents: 1680,
      vat: { rates: [{ vatRateBp: 550, totalCents: 1680, vatCents: 88, netCents: 1592 }], vatCents: 88 },
      shares: {
        feeCents: 42,
        cabas: { amountCents: 420, status: "SCHEDULED" },
        market: { shareCents: 1218, dueCents: 1218 },
      },
    });
    for (const row of rows) {
      expectCoherent(row);
      expect(row.vat.totalCents).toBe(row.salesCents);
      // What the market owes plus what Cabas has yet to pay is what the ledger still owes the producer.
      expect(row.shares!.market.dueCents + row.shares!.cabas!.amountCents).toBe(
        await producerBalance(row.producerId, row.distributionId),
      );
    }
  });

  it("show what is known of a distribution validated but not scheduled yet: its sales, waiting to be scheduled", async () => {
    const s = await distributionPaidEveryWay({ scheduled: false });
    const rows = await listMarketStatements({ actor: await adminOf(s), marketId: s.market.id });
    expect(rows.map((r) => [r.producerName, r.salesCents, r.shares])).toEqual([
      ["Ferme des Trois Cocus", 2050, null],
      ["Fournil de Soupetard", 1680, null],
    ]);
    await expect(
      recordProducerSettlement({
        actor: await adminOf(s),
        marketId: s.market.id,
        producerId: s.farm.producer.id,
        distributionId: s.distribution.id,
        amountCents: 100,
        method: "CASH",
        paidOn: "2026-03-08",
        reference: null,
        now: paris("2026-03-08", 12 * 60),
      }),
    ).rejects.toEqual(new DomainError("STATEMENT_NOT_SCHEDULED"));
    await schedulePayouts({ now: paris("2026-03-07", 21 * 60) });
    const scheduled = await listMarketStatements({ actor: await adminOf(s), marketId: s.market.id });
    for (const row of scheduled) expectCoherent(row);
  });

  it("follow Cabas's payout: paid by Stripe transfer, or to be transferred by Cabas without a Stripe account", async () => {
    const s = await distributionPaidEveryWay();
    await payDuePayouts({ now: paris("2026-03-16", 9 * 60), transfer: stripeTransfer() });
    const rows = await listMarketStatements({ actor: await adminOf(s), marketId: s.market.id });
    expect(rowOf(rows, s.farm.producer.id).shares).toMatchObject({
      cabas: { amountCents: 700, paidCents: 700, status: "PAID", paidOn: "2026-03-16" },
      market: { dueCents: 1299 },
    });
    // The bakery's 4,20 € are Cabas's to transfer by hand: still not the market's debt.
    expect(rowOf(rows, s.bakery.producer.id).shares).toMatchObject({
      cabas: { amountCents: 420, paidCents: 0, status: "MANUAL" },
      market: { dueCents: 1218 },
    });
    for (const row of rows) expectCoherent(row);
  });

  it("are shown to the producer's users for every market, and to the market's admins, nobody else", async () => {
    const s = await distributionPaidEveryWay();
    // The same farm sells at another market too.
    const other = await distributionPaidEveryWay({ farm: s.farm });
    const farmer = await createUser();
    await db().producerUser.create({ data: { producerId: s.farm.producer.id, userId: farmer.id } });
    const farmerActor = await loadActor(farmer.id);
    const mine = await listProducerStatements({ actor: farmerActor, producerId: s.farm.producer.id });
    expect(mine.map((r) => [r.marketName, r.producerName, r.salesCents]).sort()).toEqual(
      [
        [s.market.name, "Ferme des Trois Cocus", 2050],
        [other.market.name, "Ferme des Trois Cocus", 2050],
      ].sort(),
    );
    await expect(listProducerStatements({ actor: farmerActor, producerId: s.bakery.producer.id })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );
    await expect(listMarketStatements({ actor: farmerActor, marketId: s.market.id })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );
    const member = await createUser();
    await createMembership(s.market.id, member.id, { canManageCatalogs: true });
    await expect(listMarketStatements({ actor: await loadActor(member.id), marketId: s.market.id })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );
    const rows = await listMarketStatements({ actor: await adminOf(s), marketId: s.market.id });
    expect(new Set(rows.map((r) => r.marketId))).toEqual(new Set([s.market.id]));
  });
});

describe("« payé au producteur »", () => {
  const settle = async (
    s: Awaited<ReturnType<typeof distributionPaidEveryWay>>,
    producerId: string,
    input: Partial<Parameters<typeof recordProducerSettlement>[0]> = {},
  ) =>
    recordProducerSettlement({
      actor: await adminOf(s),
      marketId: s.market.id,
      producerId,
      distributionId: s.distribution.id,
      amountCents: 100,
      method: "TRANSFER",
      paidOn: "2026-03-18",
      reference: null,
      now: paris("2026-03-20", 10 * 60),
      ...input,
    });

  it("records what the market paid, from its bank or its till, on the day it was paid, and the producer sees it", async () => {
    const s = await distributionPaidEveryWay();
    const { transactionId } = await settle(s, s.farm.producer.id, {
      amountCents: 1299,
      paidOn: "2026-03-18",
      reference: "VIR-0318",
    });
    const settlement = await db().ledgerTransaction.findUniqueOrThrow({
      where: { id: transactionId },
      include: { entries: true },
    });
    expect(settlement).toMatchObject({
      kind: "PRODUCER_SETTLEMENT",
      method: "TRANSFER",
      reference: "VIR-0318",
      distributionId: s.distribution.id,
      createdById: s.admin.id,
      occurredAt: paris("2026-03-18", 12 * 60),
    });
    expect(settlement.entries.map((e) => [e.account, e.producerId, e.distributionId, e.amountCents]).sort()).toEqual(
      [
        ["MARKET_BANK", null, null, 1299],
        ["PRODUCER", s.farm.producer.id, s.distribution.id, -1299],
      ].sort(),
    );

    // The bakery is paid in two goes: cash from the till, then the rest by cheque from the bank.
    const cash = await settle(s, s.bakery.producer.id, { amountCents: 1000, method: "CASH", paidOn: "2026-03-07" });
    expect(
      (await db().ledgerEntry.findMany({ where: { transactionId: cash.transactionId } })).map((e) => e.account).sort(),
    ).toEqual(["MARKET_TILL", "PRODUCER"]);
    await settle(s, s.bakery.producer.id, {
      amountCents: 218,
      method: "CHEQUE",
      paidOn: "2026-03-20",
      reference: "n° 42",
    });

    const rows = await listMarketStatements({ actor: await adminOf(s), marketId: s.market.id });
    for (const row of rows) {
      expectCoherent(row);
      expect(row.shares!.market.dueCents).toBe(0);
    }
    expect(rowOf(rows, s.bakery.producer.id).shares!.market.settledCents).toBe(1218);
    const farmer = await createUser();
    await db().producerUser.create({ data: { producerId: s.bakery.producer.id, userId: farmer.id } });
    const [seen] = await listProducerStatements({
      actor: await loadActor(farmer.id),
      producerId: s.bakery.producer.id,
    });
    expect(seen.settlements).toEqual([
      expect.objectContaining({
        method: "CASH",
        paidOn: "2026-03-07",
        amountCents: 1000,
        reference: null,
        reversed: false,
      }),
      expect.objectContaining({ method: "CHEQUE", paidOn: "2026-03-20", amountCents: 218, reference: "n° 42" }),
    ]);
    // Paid today: written at the moment it is recorded, never later.
    const today = await distributionPaidEveryWay();
    const now = paris("2026-03-20", 9 * 60);
    const { transactionId: todays } = await settle(today, today.farm.producer.id, { paidOn: "2026-03-20", now });
    expect((await db().ledgerTransaction.findUniqueOrThrow({ where: { id: todays } })).occurredAt).toEqual(now);
    expect(await unbalancedTransactions()).toEqual([]);
  });

  it("is refused for more than the market still owes, for a day in the future or before the distribution, and for anyone but the market's admins", async () => {
    const s = await distributionPaidEveryWay();
    const farm = s.farm.producer.id;
    await expect(settle(s, farm, { amountCents: 1300 })).rejects.toEqual(
      new DomainError("SETTLEMENT_MORE_THAN_OWED", "amount"),
    );
    await settle(s, farm, { amountCents: 1200 });
    await expect(settle(s, farm, { amountCents: 100 })).rejects.toEqual(
      new DomainError("SETTLEMENT_MORE_THAN_OWED", "amount"),
    );
    await settle(s, farm, { amountCents: 99 });
    for (const amountCents of [0, -5, 1.5])
      await expect(settle(s, farm, { amountCents })).rejects.toEqual(new DomainError("AMOUNT_INVALID", "amount"));
    const bakery = s.bakery.producer.id;
    // Already 21 March in Paris, still 20 March in UTC: the market's calendar decides.
    const justAfterMidnight = paris("2026-03-21", 30);
    await expect(settle(s, bakery, { paidOn: "2026-03-22", now: justAfterMidnight })).rejects.toEqual(
      new DomainError("SETTLEMENT_DATE_IN_FUTURE", "paidOn"),
    );
    await settle(s, bakery, { amountCents: 18, paidOn: "2026-03-21", now: justAfterMidnight });
    await expect(settle(s, bakery, { paidOn: "2026-03-06" })).rejects.toEqual(
      new DomainError("SETTLEMENT_DATE_BEFORE_DISTRIBUTION", "paidOn"),
    );
    for (const paidOn of ["2026-02-30", "18/03/2026", ""])
      await expect(settle(s, bakery, { paidOn })).rejects.toEqual(new DomainError("SETTLEMENT_DATE_INVALID", "paidOn"));

    const notAdmin = await createUser();
    await createMembership(s.market.id, notAdmin.id, { canManageMembers: true });
    const farmer = await createUser();
    await db().producerUser.create({ data: { producerId: bakery, userId: farmer.id } });
    for (const user of [notAdmin, farmer])
      await expect(settle(s, bakery, { actor: await loadActor(user.id) })).rejects.toEqual(
        new DomainError("FORBIDDEN"),
      );
    // An admin of another market cannot settle this market's distribution through their own market.
    const elsewhere = await distributionPaidEveryWay();
    await expect(settle(s, bakery, { actor: await adminOf(elsewhere), marketId: elsewhere.market.id })).rejects.toEqual(
      new DomainError("NOT_FOUND"),
    );
    const [bakeryRow] = (await listMarketStatements({ actor: await adminOf(s), marketId: s.market.id })).filter(
      (r) => r.producerId === bakery,
    );
    expect(bakeryRow.shares!.market).toEqual({ shareCents: 1218, settledCents: 18, dueCents: 1200 });
    expect(await unbalancedTransactions()).toEqual([]);
  });

  it("is corrected by a reversal that puts the debt back and stays in the history, once", async () => {
    const s = await distributionPaidEveryWay();
    const { transactionId } = await settle(s, s.farm.producer.id, { amountCents: 1299, method: "CASH" });
    const admin = await adminOf(s);
    const now = paris("2026-03-21", 10 * 60);
    await reverseProducerSettlement({ actor: admin, marketId: s.market.id, transactionId, now });
    const reversal = await db().ledgerTransaction.findUniqueOrThrow({
      where: { reversesId: transactionId },
      include: { entries: true },
    });
    expect(reversal).toMatchObject({
      kind: "REVERSAL",
      method: "CASH",
      distributionId: s.distribution.id,
      occurredAt: now,
    });
    expect(reversal.entries.map((e) => [e.account, e.producerId, e.amountCents]).sort()).toEqual(
      [
        ["MARKET_TILL", null, -1299],
        ["PRODUCER", s.farm.producer.id, 1299],
      ].sort(),
    );
    const [farm] = await listMarketStatements({ actor: admin, marketId: s.market.id });
    expect(farm.shares!.market).toEqual({ shareCents: 1299, settledCents: 0, dueCents: 1299 });
    expect(farm.settlements).toEqual([expect.objectContaining({ transactionId, amountCents: 1299, reversed: true })]);
    expectCoherent(farm);

    await expect(
      reverseProducerSettlement({ actor: admin, marketId: s.market.id, transactionId, now }),
    ).rejects.toEqual(new DomainError("ALREADY_REVERSED"));
    // Only a settlement of this market: not a payment, not another market's settlement.
    const payment = await db().ledgerTransaction.findFirstOrThrow({
      where: { marketId: s.market.id, kind: "PAYMENT" },
    });
    await expect(
      reverseProducerSettlement({ actor: admin, marketId: s.market.id, transactionId: payment.id, now }),
    ).rejects.toEqual(new DomainError("NOT_FOUND"));
    const elsewhere = await distributionPaidEveryWay();
    const theirs = await settle(elsewhere, elsewhere.farm.producer.id);
    await expect(
      reverseProducerSettlement({ actor: admin, marketId: s.market.id, transactionId: theirs.transactionId, now }),
    ).rejects.toEqual(new DomainError("NOT_FOUND"));
    await expect(
      reverseProducerSettlement({
        actor: admin,
        marketId: elsewhere.market.id,
        transactionId: theirs.transactionId,
        now,
      }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));
    expect(await unbalancedTransactions()).toEqual([]);
  });
});
