import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { dateFromDay } from "@/lib/time";
import { DomainError } from "../errors";
import { postTransaction } from "../ledger/post-transaction";
import { collectedOnlineByProducer } from "./online-collected";
import { payoutDates } from "./payout-dates";
import { marketDueCents, producerLedgerSums } from "./producer-ledger-sums";

type ScheduledDistribution = {
  id: string;
  marketId: string;
  validatedAt: Date | null;
  market: { timeZone: string; feeBp: number };
};

// Market fees are taken once per producer and distribution, rounded half up to the cent.
export function feeCents(grossCents: number, feeBp: number): number {
  return new Prisma.Decimal(grossCents)
    .mul(feeBp)
    .div(10_000)
    .toDecimalPlaces(0, Prisma.Decimal.ROUND_HALF_UP)
    .toNumber();
}

// What a distribution owes each producer, from the ledger: its sales (the ORDER entries on its account, i.e. the
// confirmed baskets' delivered lines), the fee on them, what Cabas collected online for it, and so the most
// Cabas may pay it: what it collected online, at most what the producer is owed net of the fee.
async function payoutFigures(tx: Tx, d: ScheduledDistribution) {
  const sales = await sumOnProducers(tx, d.id, "ORDER");
  const online = await collectedOnlineByProducer(tx, d.id);
  const figures = new Map<string, { grossCents: number; feeCents: number; onlineCents: number; capCents: number }>();
  for (const producerId of new Set([...sales.keys(), ...online.keys()])) {
    const grossCents = sales.get(producerId) ?? 0;
    const fee = feeCents(Math.max(grossCents, 0), d.market.feeBp);
    const onlineCents = online.get(producerId) ?? 0;
    figures.set(producerId, {
      grossCents,
      feeCents: fee,
      onlineCents,
      capCents: Math.min(onlineCents, grossCents - fee),
    });
  }
  return figures;
}

// What scheduling a validated distribution's payouts establishes, per producer: the fee taken (its FEE
// transactions) is the fee on its sales, and its payout is the most Cabas may pay it (payoutFigures); the rest
// is owed by the market, on the statements. Scheduling is this from nothing (a payout already there was paid
// before the ledger's migration, fee and all: that producer is settled). A basket adjusted after validation is
// this again from what scheduling did (`change`), so the fee, the payout and the producer's account move with
// the sales. A payout Cabas already transferred cannot be taken back: a change that leaves it above the most
// Cabas may now pay that producer (its online money refunded, or its sales lowered below what it was paid) is
// refused (PRODUCER_ALREADY_PAID); its statement figures follow any other change. Likewise a change that leaves
// the market owing a producer less than nothing, because the market already paid it (« payé au producteur »),
// is refused (PRODUCER_ALREADY_SETTLED) until that settlement is reversed: the producer would owe the market
// money nobody asks it for. Returns how many payouts it created.
export async function reconcilePayouts(
  tx: Tx,
  d: ScheduledDistribution,
  now: Date,
  change?: { capsBefore: Map<string, number> },
): Promise<number> {
  // Locked, so that a payout being paid right now is seen paid (pay-due-payouts.ts locks it the same way).
  await tx.$queryRaw`SELECT 1 FROM "Payout" WHERE "distributionId" = ${d.id} FOR UPDATE`;
  const figures = await payoutFigures(tx, d);
  const feesTaken = await sumOnProducers(tx, d.id, "FEE");
  const payouts = await tx.payout.findMany({
    where: { distributionId: d.id },
    select: { id: true, producerId: true, status: true, amountCents: true, producer: { select: { name: true } } },
  });
  const producerIds = new Set([...figures.keys(), ...feesTaken.keys(), ...payouts.map((p) => p.producerId)]);
  let created = 0;
  for (const producerId of producerIds) {
    const payout = payouts.find((p) => p.producerId === producerId);
    if (!change && payout) continue;
    const { capCents, ...statement } = figures.get(producerId) ?? {
      grossCents: 0,
      feeCents: 0,
      onlineCents: 0,
      capCents: 0,
    };
    const feeTaken = -(feesTaken.get(producerId) ?? 0);
    await postTransaction(tx, {
      marketId: d.marketId,
      kind: "FEE",
      distributionId: d.id,
      occurredAt: now,
      entries: [
        { account: "PRODUCER", producerId, distributionId: d.id, amountCents: feeTaken - statement.feeCents },
        { account: "MARKET_FEES", amountCents: statement.feeCents - feeTaken },
      ],
    });
    if (payout?.status === "PAID") {
      // Only a change that lowers the cap can be refused: one paid before the ledger may already be above it.
      if (capCents < payout.amountCents && capCents < (change?.capsBefore.get(producerId) ?? capCents))
        throw new DomainError("PRODUCER_ALREADY_PAID", undefined, { producer: payout.producer.name });
      await tx.payout.update({ where: { id: payout.id }, data: statement });
    } else if (capCents <= 0) {
      if (payout) await tx.payout.delete({ where: { id: payout.id } });
    } else if (payout) {
      await tx.payout.update({ where: { id: payout.id }, data: { ...statement, amountCents: capCents } });
    } else {
      const { availableOn, paidOn } = payoutDates(d.validatedAt!, d.market.timeZone);
      await tx.payout.create({
        data: {
          producerId,
          marketId: d.marketId,
          distributionId: d.id,
          ...statement,
          amountCents: capCents,
          availableOn: dateFromDay(availableOn),
          scheduledFor: dateFromDay(paidOn),
        },
      });
      created++;
    }
  }
  if (change) await refuseOversettled(tx, d.id);
  return created;
}

async function refuseOversettled(tx: Tx, distributionId: string) {
  const sums = await producerLedgerSums(tx, Prisma.sql`e."distributionId" = ${distributionId}`);
  const payouts = await tx.payout.findMany({
    where: { distributionId },
    select: { producerId: true, amountCents: true },
  });
  for (const s of sums) {
    const payout = payouts.find((p) => p.producerId === s.producerId);
    if (s.settledCents > 0 && marketDueCents(s, payout?.amountCents ?? 0) < 0) {
      const producer = await tx.producer.findUniqueOrThrow({ where: { id: s.producerId }, select: { name: true } });
      throw new DomainError("PRODUCER_ALREADY_SETTLED", undefined, { producer: producer.name });
    }
  }
}

// A validated basket is about to change: once the distribution's payouts are scheduled, they follow the change
// (`afterChange`, in the same transaction). The distribution is locked first, so that scheduling running at
// the same moment either comes first (and is corrected here) or comes after (and reads the change); and the
// most Cabas may pay each producer is noted, to tell whether the change lowers it.
export async function followPayouts(tx: Tx, distributionId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Distribution" WHERE "id" = ${distributionId} FOR NO KEY UPDATE`;
  const d = await tx.distribution.findUniqueOrThrow({
    where: { id: distributionId },
    select: {
      id: true,
      marketId: true,
      validatedAt: true,
      payoutsScheduledAt: true,
      market: { select: { timeZone: true, feeBp: true } },
    },
  });
  const before = d.payoutsScheduledAt ? await payoutFigures(tx, d) : null;
  return {
    async afterChange(now: Date) {
      if (!before) return;
      const capsBefore = new Map([...before].map(([producerId, f]) => [producerId, f.capCents]));
      await reconcilePayouts(tx, d, now, { capsBefore });
    },
  };
}

async function sumOnProducers(tx: Tx, distributionId: string, kind: "ORDER" | "FEE"): Promise<Map<string, number>> {
  const rows = await tx.ledgerEntry.groupBy({
    by: ["producerId"],
    where: { distributionId, account: "PRODUCER", transaction: { kind } },
    _sum: { amountCents: true },
  });
  return new Map(rows.map((r) => [r.producerId!, r._sum.amountCents ?? 0]));
}
