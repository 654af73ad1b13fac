import type { LedgerMethod, PayoutStatus } from "@/generated/prisma/client";
import { db, Prisma } from "@/lib/db/client";
import { dayFromDate, localDay } from "@/lib/time";
import { requireMarketRight, requireProducerUser, type Actor } from "../access/actor";
import { vatBreakdown, type VatBreakdown } from "../order/vat-breakdown";
import { marketDueCents, producerLedgerSums, type ProducerLedgerSums } from "./producer-ledger-sums";

export type StatementSettlement = {
  transactionId: string;
  method: LedgerMethod | null;
  paidOn: string;
  reference: string | null;
  amountCents: number;
  reversed: boolean;
};

// One producer's statement for one validated distribution: who holds which euro of its sales.
export type StatementRow = {
  marketId: string;
  marketName: string;
  // The market's time zone, the calendar its days are counted in.
  timeZone: string;
  distributionId: string;
  distributionDay: string;
  producerId: string;
  producerName: string;
  salesCents: number;
  // Per VAT rate: the lines' totals, VAT and net, summed as stored on each line (never recomputed).
  vat: VatBreakdown;
  // How the net sales are shared, known once the payouts are scheduled (within the hour after validation):
  // null until then, when only the sales are known.
  shares: {
    feeCents: number;
    // Collected online (card) for this producer, and the payout Cabas makes of it (none when nothing was).
    onlineCents: number;
    cabas: {
      amountCents: number;
      paidCents: number;
      status: PayoutStatus;
      scheduledFor: string;
      // The market's calendar day it was transferred on.
      paidOn: string | null;
    } | null;
    // The rest is the market's to pay (it collected it on the spot or by transfer, or a shopper still owes
    // it): its share, what it settled so far, and what it still owes.
    market: { shareCents: number; settledCents: number; dueCents: number };
  } | null;
  settlements: StatementSettlement[];
};

// Every producer's statements of a market's validated distributions (its admins only).
export async function listMarketStatements({ actor, marketId }: { actor: Actor; marketId: string }) {
  requireMarketRight(actor, marketId, "admin");
  return listStatements({ marketId });
}

// A producer's statements, in every market it sells through (its users only).
export async function listProducerStatements({ actor, producerId }: { actor: Actor; producerId: string }) {
  requireProducerUser(actor, producerId);
  return listStatements({ producerId });
}

// Newest distribution first, then market and producer by name. A fixed number of grouped queries, however
// many rows: the ledger's sums, the lines' VAT, the distributions, producers, payouts and settlements.
async function listStatements(scope: { marketId: string } | { producerId: string }): Promise<StatementRow[]> {
  const [entries, lines] =
    "marketId" in scope
      ? [Prisma.sql`e."marketId" = ${scope.marketId}`, Prisma.sql`TRUE`]
      : [Prisma.sql`e."producerId" = ${scope.producerId}`, Prisma.sql`c."producerId" = ${scope.producerId}`];
  const sums = await producerLedgerSums(
    db(),
    Prisma.sql`${entries} AND e."distributionId" IN (SELECT id FROM "Distribution" WHERE "validatedAt" IS NOT NULL)`,
  );
  if (sums.length === 0) return [];
  const distributionIds = [...new Set(sums.map((s) => s.distributionId))];
  const producerIds = [...new Set(sums.map((s) => s.producerId))];
  const [vatRows, distributionRows, producers, payouts, settlements] = await Promise.all([
    db().$queryRaw<
      {
        producerId: string;
        distributionId: string;
        vatRateBp: number;
        totalCents: bigint;
        vatCents: bigint;
        netCents: bigint;
      }[]
    >`
      SELECT c."producerId", o."distributionId", l."vatRateBp",
        SUM(l."totalCents") AS "totalCents", SUM(l."vatCents") AS "vatCents", SUM(l."netCents") AS "netCents"
      FROM "OrderLine" l
      JOIN "Order" o ON o.id = l."orderId"
      JOIN "Product" p ON p.id = l."productId"
      JOIN "Catalog" c ON c.id = p."catalogId"
      WHERE o."confirmedAt" IS NOT NULL AND o."distributionId" IN (${Prisma.join(distributionIds)}) AND ${lines}
      GROUP BY c."producerId", o."distributionId", l."vatRateBp"`,
    db().distribution.findMany({
      where: { id: { in: distributionIds } },
      select: {
        id: true,
        day: true,
        payoutsScheduledAt: true,
        market: { select: { id: true, name: true, timeZone: true } },
      },
    }),
    db().producer.findMany({ where: { id: { in: producerIds } }, select: { id: true, name: true } }),
    db().payout.findMany({
      where: { distributionId: { in: distributionIds }, producerId: { in: producerIds } },
      select: {
        producerId: true,
        distributionId: true,
        onlineCents: true,
        amountCents: true,
        status: true,
        scheduledFor: true,
        paidAt: true,
      },
    }),
    db().ledgerTransaction.findMany({
      where: { kind: "PRODUCER_SETTLEMENT", distributionId: { in: distributionIds } },
      select: {
        id: true,
        method: true,
        reference: true,
        occurredAt: true,
        distributionId: true,
        reversedBy: { select: { id: true } },
        entries: { where: { account: "PRODUCER" }, select: { producerId: true, amountCents: true } },
      },
      orderBy: [{ occurredAt: "asc" }, { createdAt: "asc" }],
    }),
  ]);
  const key = (producerId: string, distributionId: string) => `${producerId} ${distributionId}`;
  const distributionsById = new Map(distributionRows.map((d) => [d.id, d]));
  const producerNames = new Map(producers.map((p) => [p.id, p.name]));
  const payoutOf = new Map(payouts.map((p) => [key(p.producerId, p.distributionId), p]));
  const vatOf = groupBy(vatRows, (v) => key(v.producerId, v.distributionId));
  const settlementsOf = new Map<string, StatementSettlement[]>();
  for (const s of settlements) {
    const timeZone = distributionsById.get(s.distributionId!)!.market.timeZone;
    for (const entry of s.entries) {
      const k = key(entry.producerId!, s.distributionId!);
      if (!settlementsOf.has(k)) settlementsOf.set(k, []);
      settlementsOf.get(k)!.push({
        transactionId: s.id,
        method: s.method,
        paidOn: localDay(s.occurredAt, timeZone),
        reference: s.reference,
        amountCents: -entry.amountCents,
        reversed: s.reversedBy !== null,
      });
    }
  }

  const rows = sums.map((s): StatementRow => {
    const d = distributionsById.get(s.distributionId)!;
    const k = key(s.producerId, s.distributionId);
    const payout = payoutOf.get(k);
    return {
      marketId: d.market.id,
      marketName: d.market.name,
      timeZone: d.market.timeZone,
      distributionId: d.id,
      distributionDay: dayFromDate(d.day),
      producerId: s.producerId,
      producerName: producerNames.get(s.producerId)!,
      salesCents: s.salesCents,
      vat: vatBreakdown(
        (vatOf.get(k) ?? []).map((v) => ({
          vatRateBp: v.vatRateBp,
          totalCents: Number(v.totalCents),
          vatCents: Number(v.vatCents),
          netCents: Number(v.netCents),
        })),
      ),
      shares: d.payoutsScheduledAt ? sharesOf(s, payout, d.market.timeZone) : null,
      settlements: settlementsOf.get(k) ?? [],
    };
  });
  return rows.sort(
    (a, b) =>
      b.distributionDay.localeCompare(a.distributionDay) ||
      a.marketName.localeCompare(b.marketName) ||
      a.producerName.localeCompare(b.producerName),
  );
}

function sharesOf(
  sums: ProducerLedgerSums,
  payout:
    | { onlineCents: number; amountCents: number; status: PayoutStatus; scheduledFor: Date; paidAt: Date | null }
    | undefined,
  timeZone: string,
): NonNullable<StatementRow["shares"]> {
  const dueCents = marketDueCents(sums, payout?.amountCents ?? 0);
  return {
    feeCents: sums.feeCents,
    onlineCents: payout?.onlineCents ?? 0,
    cabas: payout
      ? {
          amountCents: payout.amountCents,
          paidCents: sums.paidOutCents,
          status: payout.status,
          scheduledFor: dayFromDate(payout.scheduledFor),
          paidOn: payout.paidAt ? localDay(payout.paidAt, timeZone) : null,
        }
      : null,
    market: { shareCents: dueCents + sums.settledCents, settledCents: sums.settledCents, dueCents },
  };
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(item);
  }
  return groups;
}
