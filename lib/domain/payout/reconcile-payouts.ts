import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { dateFromDay } from "@/lib/time";
import { DomainError } from "../errors";
import { issueFeeInvoices } from "../invoice/issue-fee-invoices";
import { postTransaction } from "../ledger/post-transaction";
import { basketBefore } from "./card-funded-credit";
import { collectedOnlineByProducer } from "./online-collected";
import { payoutDates } from "./payout-dates";
import { marketDueCents, producerLedgerSums } from "./producer-ledger-sums";

type ScheduledDistribution = {
  id: string;
  marketId: string;
  validatedAt: Date | null;
  pickupStartAt: Date;
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

// What scheduling a validated distribution's payouts establishes, per producer: the fee taken (its FEE transactions)
// is the fee on its sales, and its payout is the most Cabas may pay it (payoutFigures); the rest is owed by the
// market, on the statements. Scheduling is this from nothing (a payout already there was paid before the ledger's
// migration, fee and all: that producer is settled). A change to a basket it depends on (followPayouts) is this
// again from what scheduling did (`change`), so the fee, the payout and the producer's account move with the sales
// and the card money. A payout Cabas already transferred cannot be taken back: a change that leaves it above the
// most Cabas may now pay that producer (its online money refunded, or its sales lowered below what it was paid) is
// refused (PRODUCER_ALREADY_PAID); its statement figures follow any other change. Likewise a change that leaves the
// market owing a producer less than nothing, because the market already paid it (« payé au producteur »), is refused
// (PRODUCER_ALREADY_SETTLED) until that settlement is reversed: the producer would owe the market money nobody asks
// it for. Returns how many payouts it created.
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
        throw new DomainError("PRODUCER_ALREADY_PAID", undefined, {
          producer: payout.producer.name,
          distribution: d.pickupStartAt,
          timeZone: d.market.timeZone,
        });
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

// A basket's money is about to change (its lines, its card refunds, a payment recorded for it or reversed): the
// payouts already scheduled that depend on it follow the change (`afterChange`, in the same transaction). They are
// those of its own distribution and, since the card-funded credit a basket leaves pays its shopper's later baskets
// (card-funded-credit.ts), those of the distributions of the shopper's baskets after it. Those distributions are
// locked first, so that scheduling running at the same moment either comes first (and is corrected here) or comes
// after (and reads the change), and two changes reaching the same distribution are reconciled one after the other;
// and the most Cabas may pay each producer is noted, to tell whether the change lowers it. The caller has locked the
// basket (lock-order.ts): baskets before distributions, and distributions in one order everywhere, pick-up then id.
// Validating or cancelling a distribution holds it before its baskets' changes lock the later ones; only two
// distributions at the very same pick-up instant, whose baskets feed each other in both directions (two shoppers who
// ordered at both, confirmed in opposite orders), could make two such transactions wait for each other, and
// PostgreSQL then fails one, changing nothing. A basket of a sale still open needs none of this: no distribution
// after it can have been validated. Nor does card money coming in (a card payment settled late, a card refund that
// failed): it only raises what Cabas may pay, and a payout left below that is never paid twice.
export async function followPayouts(tx: Tx, orderId: string) {
  const basket = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      marketId: true,
      userId: true,
      confirmedAt: true,
      validatedAt: true,
      distributionId: true,
      distribution: { select: { pickupStartAt: true, validatedAt: true } },
    },
  });
  const mine = { orderId, confirmedAt: basket.confirmedAt, pickupStartAt: basket.distribution.pickupStartAt };
  const others = await tx.order.findMany({
    where: {
      marketId: basket.marketId,
      userId: basket.userId,
      id: { not: orderId },
      confirmedAt: { not: null },
      distribution: { pickupStartAt: { gte: mine.pickupStartAt } },
    },
    select: { id: true, confirmedAt: true, distributionId: true, distribution: { select: { pickupStartAt: true } } },
  });
  const later = others.filter((o) =>
    basketBefore(mine, { orderId: o.id, confirmedAt: o.confirmedAt, pickupStartAt: o.distribution.pickupStartAt }),
  );
  // Its own distribution has payouts only once validated, and then the basket is validated too, or counts for
  // nothing in them (emptied, or a draft). Until then it is left alone: « Valider la distribution » and its
  // cancellation hold that row while they lock its baskets, so locking it after the basket would deadlock.
  const own = basket.validatedAt || basket.distribution.validatedAt ? [basket.distributionId] : [];
  const ids = [...own, ...later.map((o) => o.distributionId)];
  if (ids.length === 0) return { afterChange: async () => {} };
  await tx.$queryRaw`
    SELECT 1 FROM "Distribution" WHERE "id" IN (${Prisma.join(ids)})
    ORDER BY "pickupStartAt", "id" FOR NO KEY UPDATE`;
  const scheduled = await tx.distribution.findMany({
    where: { id: { in: ids }, payoutsScheduledAt: { not: null } },
    select: {
      id: true,
      marketId: true,
      validatedAt: true,
      pickupStartAt: true,
      market: { select: { timeZone: true, feeBp: true } },
    },
    orderBy: [{ pickupStartAt: "asc" }, { id: "asc" }],
  });
  const capsBefore = new Map<string, Map<string, number>>();
  for (const d of scheduled)
    capsBefore.set(d.id, new Map([...(await payoutFigures(tx, d))].map(([producerId, f]) => [producerId, f.capCents])));
  return {
    async afterChange(now: Date) {
      for (const d of scheduled) {
        await reconcilePayouts(tx, d, now, { capsBefore: capsBefore.get(d.id)! });
        // The fee moved with the sales: its invoice follows (a credit note, and the new fee invoiced).
        await issueFeeInvoices(tx, d.id, now);
      }
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
