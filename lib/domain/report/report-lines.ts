import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { type ReportFilters, type ReportScope, requireReportScope, SALES_FROM, salesWhere } from "./report-filters";

export const REPORT_BATCH_ROWS = 1000;

export type ReportLine = {
  id: string;
  day: Date;
  marketName: string;
  basketNumber: number;
  firstName: string;
  lastName: string;
  producer: string;
  product: string;
  unit: string;
  quantity: string;
  unitPriceCents: number;
  vatRateBp: number;
  totalCents: number;
  vatCents: number;
  netCents: number;
  paymentMethod: string | null;
};

// Every sold line of a report, distribution by distribution in pick-up order, then by basket number and product,
// a batch of at most REPORT_BATCH_ROWS at a time. Each batch is its own short statement that starts after the
// last line read (keyset on basket number and product: the plain `>=` on the basket number lets the database walk
// the Order and OrderLine unique indexes and sort one basket's lines at a time, instead of every line of the
// distribution for each batch): no cursor stays open, so the
// embedded database's single connection serves others between batches, and memory holds one batch.
// Authorized when called, before anything is streamed: a refusal is an error response, not a cut download.
export function reportLines({
  actor,
  scope,
  filters,
}: {
  actor: Actor;
  scope: ReportScope;
  filters: ReportFilters;
}): AsyncGenerator<ReportLine[]> {
  requireReportScope(actor, scope);
  return batches(scope, filters);
}

async function* batches(scope: ReportScope, filters: ReportFilters): AsyncGenerator<ReportLine[]> {
  const where = salesWhere(scope, filters);
  const distributions = await db().$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT d."id" FROM ${SALES_FROM} WHERE ${where} GROUP BY d."id", d."day" ORDER BY d."day", d."id"`);
  for (const { id } of distributions) {
    let after: { basketNumber: number; productId: string } | null = null;
    for (;;) {
      const batch: (ReportLine & { productId: string })[] = await db().$queryRaw(Prisma.sql`
        SELECT l."id", l."productId", d."day", m."name" AS "marketName", o."basketNumber", u."firstName",
          u."lastName", pr."name" AS "producer", l."productName" AS "product", p."unit"::text AS "unit",
          COALESCE(l."deliveredQuantity", l."quantity")::text AS "quantity", l."unitPriceCents", l."vatRateBp",
          l."totalCents", l."vatCents", l."netCents", o."paymentMethod"::text AS "paymentMethod"
        FROM ${SALES_FROM}
        WHERE d."id" = ${id} AND ${where}
          ${
            after
              ? Prisma.sql`AND o."basketNumber" >= ${after.basketNumber}
            AND (o."basketNumber", l."productId") > (${after.basketNumber}, ${after.productId})`
              : Prisma.empty
          }
        ORDER BY o."basketNumber", l."productId"
        LIMIT ${REPORT_BATCH_ROWS}`);
      if (batch.length > 0) yield batch;
      if (batch.length < REPORT_BATCH_ROWS) break;
      const last = batch[batch.length - 1];
      after = { basketNumber: last.basketNumber, productId: last.productId };
    }
  }
}
