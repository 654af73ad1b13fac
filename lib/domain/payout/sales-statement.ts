import { db, Prisma } from "@/lib/db/client";
import { requireProducerUser, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import type { DocumentLine } from "../order/document-line";
import { vatBreakdown, type VatBreakdown } from "../order/vat-breakdown";
import { listProducerStatements, type StatementRow } from "./list-payout-statements";

// A producer's sales statement (the PDF « relevé de ventes ») for one validated distribution, or for a month of
// them (the month of each distribution's day, on its market's calendar).
export type SalesStatementPeriod = { distributionId: string } | { month: string };

export type SalesStatement = {
  producerName: string;
  period: SalesStatementPeriod;
  // The statements' rows it sums up, oldest distribution first.
  distributions: StatementRow[];
  // Delivered, else ordered, summed over the period's confirmed baskets.
  lines: DocumentLine[];
  vat: VatBreakdown;
  totals: {
    salesCents: number;
    feeCents: number;
    cabasCents: number;
    cabasPaidCents: number;
    marketShareCents: number;
    marketSettledCents: number;
    marketDueCents: number;
  };
  // Distributions whose payouts are not scheduled yet: their fees and shares are not known, nor in the totals.
  pending: number;
};

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

// The figures are the statements' (list-payout-statements.ts) for the period, so the PDF says what the page
// says; the lines, one per product and price, are the stored lines' sums like the VAT's.
export async function getSalesStatement({
  actor,
  producerId,
  period,
}: {
  actor: Actor;
  producerId: string;
  period: SalesStatementPeriod;
}): Promise<SalesStatement> {
  requireProducerUser(actor, producerId);
  if ("month" in period && !MONTH.test(period.month)) throw new DomainError("NOT_FOUND");
  const rows = (await listProducerStatements({ actor, producerId }))
    .filter((r) =>
      "distributionId" in period
        ? r.distributionId === period.distributionId
        : r.distributionDay.startsWith(`${period.month}-`),
    )
    .reverse();
  if (rows.length === 0) throw new DomainError("NOT_FOUND");
  const lines = await db().$queryRaw<DocumentLine[]>`
    SELECT l."productName", p."unit"::text AS "unit", l."unitPriceCents", l."vatRateBp",
      SUM(COALESCE(l."deliveredQuantity", l."quantity"))::text AS "quantity", SUM(l."totalCents")::int AS "totalCents"
    FROM "OrderLine" l
    JOIN "Order" o ON o.id = l."orderId"
    JOIN "Product" p ON p.id = l."productId"
    JOIN "Catalog" c ON c.id = p."catalogId"
    WHERE o."confirmedAt" IS NOT NULL AND c."producerId" = ${producerId}
      AND o."distributionId" IN (${Prisma.join(rows.map((r) => r.distributionId))})
    GROUP BY l."productName", p."unit", l."unitPriceCents", l."vatRateBp"
    HAVING SUM(l."totalCents") <> 0
    ORDER BY l."productName", l."unitPriceCents"`;
  const scheduled = rows.flatMap((r) => (r.shares ? [r.shares] : []));
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return {
    producerName: rows[0].producerName,
    period,
    distributions: rows,
    lines,
    vat: vatBreakdown(rows.flatMap((r) => r.vat.rates)),
    totals: {
      salesCents: sum(rows.map((r) => r.salesCents)),
      feeCents: sum(scheduled.map((s) => s.feeCents)),
      cabasCents: sum(scheduled.map((s) => s.cabas?.amountCents ?? 0)),
      cabasPaidCents: sum(scheduled.map((s) => s.cabas?.paidCents ?? 0)),
      marketShareCents: sum(scheduled.map((s) => s.market.shareCents)),
      marketSettledCents: sum(scheduled.map((s) => s.market.settledCents)),
      marketDueCents: sum(scheduled.map((s) => s.market.dueCents)),
    },
    pending: rows.length - scheduled.length,
  };
}

// The months a producer's statements fall in (YYYY-MM, newest first): one monthly statement each.
export function statementMonths(rows: Pick<StatementRow, "distributionDay">[]): string[] {
  return [...new Set(rows.map((r) => r.distributionDay.slice(0, 7)))].sort().reverse();
}
