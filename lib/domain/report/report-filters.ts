import { Prisma, type PaymentMethod } from "@/generated/prisma/client";
import { addDays, isCalendarDay } from "@/lib/time";
import { requireMarketRight, requireProducerUser, type Actor } from "../access/actor";

export const PAYMENT_METHODS: PaymentMethod[] = ["ON_SITE", "TRANSFER", "CARD", "BALANCE"];
// What a report covers when nobody said: the last three months up to today.
export const DEFAULT_REPORT_DAYS = 92;

// Whose sales a report reads: a market's (its admins), or a producer's across the markets it sells in (its team).
export type ReportScope = { marketId: string } | { producerId: string };

// The report's filters, as the page's address carries them: pick-up days from/to (the market's calendar days,
// both included), a producer (in a market's report), a market (in a producer's), a payment method.
export type ReportFilters = {
  from: string;
  to: string;
  producerId: string | null;
  marketId: string | null;
  method: PaymentMethod | null;
};

// Lenient on purpose: the filters come from an address anybody can edit; what is not understood is left out
// rather than refused, and a range given backwards is read forwards.
export function reportFilters(
  query: { du?: string; au?: string; producteur?: string; marche?: string; paiement?: string },
  today: string,
): ReportFilters {
  const day = (text: string | undefined, fallback: string) => (text && isCalendarDay(text) ? text : fallback);
  const to = day(query.au, today);
  const from = day(query.du, addDays(to, -DEFAULT_REPORT_DAYS));
  return {
    from: from <= to ? from : to,
    to: from <= to ? to : from,
    producerId: query.producteur || null,
    marketId: query.marche || null,
    method: PAYMENT_METHODS.find((m) => m === query.paiement) ?? null,
  };
}

// Money reports are the admins' (not a co-admin's who looks after catalogs or messages) and each producer team's.
export function requireReportScope(actor: Actor, scope: ReportScope): void {
  if ("marketId" in scope) requireMarketRight(actor, scope.marketId, "admin");
  else requireProducerUser(actor, scope.producerId);
}

// The sales a report sums, for the query aliases o (Order), d (Distribution), l (OrderLine), pr (Producer):
// confirmed baskets (a draft or a dropped one is no sale) of distributions not cancelled, picked up in the range.
export function salesWhere(scope: ReportScope, f: ReportFilters): Prisma.Sql {
  return Prisma.sql`o."confirmedAt" IS NOT NULL AND o."droppedAt" IS NULL AND d."cancelledAt" IS NULL
    AND d."day" BETWEEN ${f.from}::date AND ${f.to}::date
    AND ${"marketId" in scope ? Prisma.sql`o."marketId" = ${scope.marketId}` : Prisma.sql`pr."id" = ${scope.producerId}`}
    AND ${f.producerId ? Prisma.sql`pr."id" = ${f.producerId}` : Prisma.sql`TRUE`}
    AND ${f.marketId ? Prisma.sql`o."marketId" = ${f.marketId}` : Prisma.sql`TRUE`}
    AND ${f.method ? Prisma.sql`o."paymentMethod" = ${f.method}::"PaymentMethod"` : Prisma.sql`TRUE`}`;
}

// The joins `salesWhere` speaks of, from the order lines, with the market (m) and the shopper (u).
export const SALES_FROM = Prisma.sql`"OrderLine" l
  JOIN "Order" o ON o."id" = l."orderId"
  JOIN "Market" m ON m."id" = o."marketId"
  JOIN "User" u ON u."id" = o."userId"
  JOIN "Distribution" d ON d."id" = o."distributionId"
  JOIN "Product" p ON p."id" = l."productId"
  JOIN "Catalog" c ON c."id" = p."catalogId"
  JOIN "Producer" pr ON pr."id" = c."producerId"`;
