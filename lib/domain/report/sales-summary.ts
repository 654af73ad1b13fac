import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { type ReportFilters, type ReportScope, requireReportScope, SALES_FROM, salesWhere } from "./report-filters";

// Sums of the lines' stored amounts (generated columns: total, VAT, net per PRODUCT.md's rule): never
// recomputed from prices, so every figure here adds up to the exports' and the statements'.
export type Sums = { totalCents: number; vatCents: number; netCents: number };

const SUMS = Prisma.sql`COALESCE(SUM(l."totalCents"), 0)::int AS "totalCents",
  COALESCE(SUM(l."vatCents"), 0)::int AS "vatCents", COALESCE(SUM(l."netCents"), 0)::int AS "netCents"`;

// The sales report's figures, each grouping in one statement: per distribution (the chart over time), producer,
// product, member (a market's report only: a producer's shoppers are the market's members, not its own list),
// payment method and VAT rate, and the grand total.
export async function salesSummary({
  actor,
  scope,
  filters,
}: {
  actor: Actor;
  scope: ReportScope;
  filters: ReportFilters;
}) {
  requireReportScope(actor, scope);
  const where = salesWhere(scope, filters);
  const grouped = <T>(select: Prisma.Sql, groupBy: Prisma.Sql, orderBy: Prisma.Sql) =>
    db().$queryRaw<(T & Sums)[]>(
      Prisma.sql`SELECT ${select}, ${SUMS} FROM ${SALES_FROM} WHERE ${where} GROUP BY ${groupBy} ORDER BY ${orderBy}`,
    );
  const market = "marketId" in scope;
  const [total, distributions, producers, products, members, methods, vatRates] = await Promise.all([
    db().$queryRaw<(Sums & { baskets: number })[]>(
      Prisma.sql`SELECT COUNT(DISTINCT o."id")::int AS "baskets", ${SUMS} FROM ${SALES_FROM} WHERE ${where}`,
    ),
    grouped<{ id: string; day: Date; marketName: string; baskets: number }>(
      Prisma.sql`d."id", d."day", MIN(m."name") AS "marketName", COUNT(DISTINCT o."id")::int AS "baskets"`,
      Prisma.sql`d."id", d."day"`,
      Prisma.sql`d."day", d."id"`,
    ),
    grouped<{ id: string; name: string }>(
      Prisma.sql`pr."id", pr."name"`,
      Prisma.sql`pr."id", pr."name"`,
      Prisma.sql`3 DESC, pr."name"`,
    ),
    grouped<{ id: string; name: string; producer: string; unit: string; quantity: string }>(
      Prisma.sql`p."id", p."name", pr."name" AS "producer", p."unit"::text AS "unit",
        SUM(COALESCE(l."deliveredQuantity", l."quantity"))::text AS "quantity"`,
      Prisma.sql`p."id", p."name", pr."name", p."unit"`,
      Prisma.sql`"totalCents" DESC, p."name"`,
    ),
    market
      ? grouped<{ id: string; firstName: string; lastName: string; baskets: number }>(
          Prisma.sql`u."id", u."firstName", u."lastName", COUNT(DISTINCT o."id")::int AS "baskets"`,
          Prisma.sql`u."id", u."firstName", u."lastName"`,
          Prisma.sql`"totalCents" DESC, u."lastName", u."firstName"`,
        )
      : Promise.resolve([]),
    grouped<{ method: string | null; baskets: number }>(
      Prisma.sql`o."paymentMethod"::text AS "method", COUNT(DISTINCT o."id")::int AS "baskets"`,
      Prisma.sql`o."paymentMethod"`,
      Prisma.sql`"totalCents" DESC`,
    ),
    grouped<{ vatRateBp: number }>(Prisma.sql`l."vatRateBp"`, Prisma.sql`l."vatRateBp"`, Prisma.sql`l."vatRateBp"`),
  ]);
  return { total: total[0], distributions, producers, products, members, methods, vatRates };
}

export type SalesSummary = Awaited<ReturnType<typeof salesSummary>>;
