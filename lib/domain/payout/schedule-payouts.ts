import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { dateFromDay } from "@/lib/time";
import type { ItemFailure } from "../job/item-failures";
import { lineTotalCents, effectiveQuantity } from "../order/line-total";
import { payoutDates } from "./payout-dates";

// Market fees are taken once per producer and distribution, rounded half up to the cent.
export function feeCents(grossCents: number, feeBp: number): number {
  return new Prisma.Decimal(grossCents)
    .mul(feeBp)
    .div(10_000)
    .toDecimalPlaces(0, Prisma.Decimal.ROUND_HALF_UP)
    .toNumber();
}

// For every validated distribution without payouts yet: one payout per producer for what was delivered
// (validated baskets, delivered quantities), net of the market's fee, with its PAYOUT_DUE ledger entry.
// Idempotent: the unique (producer, distribution) pair makes a second run, or a concurrent one, add nothing.
// Each distribution is scheduled in its own transaction: one that fails is reported and stays without
// payouts, so the next run tries it again, and the others go on.
export async function schedulePayouts({ now }: { now: Date }) {
  const distributions = await db().distribution.findMany({
    where: { validatedAt: { not: null }, payouts: { none: {} } },
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
  const lines = await db().orderLine.findMany({
    where: { order: { distributionId: d.id, validatedAt: { not: null } } },
    select: {
      quantity: true,
      deliveredQuantity: true,
      unitPriceCents: true,
      product: { select: { catalog: { select: { producerId: true } } } },
    },
  });
  const grossByProducer = new Map<string, number>();
  for (const line of lines) {
    const producerId = line.product.catalog.producerId;
    grossByProducer.set(
      producerId,
      (grossByProducer.get(producerId) ?? 0) + lineTotalCents(effectiveQuantity(line), line.unitPriceCents),
    );
  }
  const { availableOn, paidOn } = payoutDates(d.validatedAt!, d.market.timeZone);
  return db().$transaction(async (tx) => {
    let created = 0;
    for (const [producerId, grossCents] of grossByProducer) {
      if (grossCents <= 0) continue;
      const fee = feeCents(grossCents, d.market.feeBp);
      const rows = await tx.payout.createManyAndReturn({
        data: [
          {
            producerId,
            marketId: d.marketId,
            distributionId: d.id,
            grossCents,
            feeCents: fee,
            availableOn: dateFromDay(availableOn),
            scheduledFor: dateFromDay(paidOn),
          },
        ],
        skipDuplicates: true,
        select: { id: true },
      });
      if (rows.length === 0) continue;
      await tx.ledgerEntry.create({
        data: {
          marketId: d.marketId,
          producerId,
          kind: "PAYOUT_DUE",
          amountCents: grossCents - fee,
          payoutId: rows[0].id,
          createdAt: now,
        },
      });
      created++;
    }
    return created;
  });
}
