import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { dateFromDay } from "@/lib/time";
import type { ItemFailure } from "../job/item-failures";
import { postTransaction } from "../ledger/post-transaction";
import { collectedOnlineByProducer } from "./online-collected";
import { payoutDates } from "./payout-dates";

// Market fees are taken once per producer and distribution, rounded half up to the cent.
export function feeCents(grossCents: number, feeBp: number): number {
  return new Prisma.Decimal(grossCents)
    .mul(feeBp)
    .div(10_000)
    .toDecimalPlaces(0, Prisma.Decimal.ROUND_HALF_UP)
    .toNumber();
}

// For every validated distribution not scheduled yet, per producer: its sales (the ledger's ORDER entries on its
// account, i.e. the confirmed baskets' delivered lines), the market's fee taken out of them (a FEE transaction),
// and a payout of what Cabas collected online for it, at most the net owed. The rest (paid on the spot, by
// transfer, or not paid) is owed by the market, on the statements. Each distribution is claimed and scheduled
// in its own transaction: a second run, or a concurrent one, finds it claimed; one that fails is reported and
// stays unclaimed, so the next run tries it again, and the others go on.
export async function schedulePayouts({ now }: { now: Date }) {
  const distributions = await db().distribution.findMany({
    where: { validatedAt: { not: null }, payoutsScheduledAt: null },
    select: { id: true, marketId: true, validatedAt: true, market: { select: { timeZone: true, feeBp: true } } },
    take: 100,
  });
  let created = 0;
  let succeeded = 0;
  const failures: ItemFailure[] = [];
  for (const d of distributions) {
    try {
      created += await schedulePayoutsOf(d, now);
      succeeded++;
    } catch (error) {
      failures.push({ item: "distribution", itemId: d.id, error });
    }
  }
  return { created, succeeded, failures };
}

async function schedulePayoutsOf(
  d: { id: string; marketId: string; validatedAt: Date | null; market: { timeZone: string; feeBp: number } },
  now: Date,
): Promise<number> {
  const { availableOn, paidOn } = payoutDates(d.validatedAt!, d.market.timeZone);
  return db().$transaction(async (tx) => {
    const claimed = await tx.distribution.updateMany({
      where: { id: d.id, payoutsScheduledAt: null },
      data: { payoutsScheduledAt: now },
    });
    if (claimed.count === 0) return 0;
    const sales = await tx.ledgerEntry.groupBy({
      by: ["producerId"],
      where: { distributionId: d.id, account: "PRODUCER", transaction: { kind: "ORDER" } },
      _sum: { amountCents: true },
    });
    const online = await collectedOnlineByProducer(tx, d.id);
    // Producers already settled by Cabas for this distribution (payouts paid before the ledger's migration).
    const done = new Set(
      (await tx.payout.findMany({ where: { distributionId: d.id }, select: { producerId: true } })).map(
        (p) => p.producerId,
      ),
    );
    let created = 0;
    for (const sale of sales) {
      const producerId = sale.producerId!;
      if (done.has(producerId)) continue;
      const grossCents = sale._sum.amountCents ?? 0;
      if (grossCents <= 0) continue;
      const fee = feeCents(grossCents, d.market.feeBp);
      await postTransaction(tx, {
        marketId: d.marketId,
        kind: "FEE",
        distributionId: d.id,
        occurredAt: now,
        entries: [
          { account: "PRODUCER", producerId, distributionId: d.id, amountCents: -fee },
          { account: "MARKET_FEES", amountCents: fee },
        ],
      });
      const onlineCents = online.get(producerId) ?? 0;
      const amountCents = Math.min(onlineCents, grossCents - fee);
      if (amountCents <= 0) continue;
      await tx.payout.create({
        data: {
          producerId,
          marketId: d.marketId,
          distributionId: d.id,
          grossCents,
          feeCents: fee,
          onlineCents,
          amountCents,
          availableOn: dateFromDay(availableOn),
          scheduledFor: dateFromDay(paidOn),
        },
      });
      created++;
    }
    return created;
  });
}
