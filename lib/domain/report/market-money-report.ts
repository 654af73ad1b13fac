import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { shopperBalancesIn } from "../ledger/balances";
import { basketDueCents } from "../payment/basket-due";
import { type ReportFilters, requireReportScope } from "./report-filters";

// What a market's members owe and hold, beside its sales: the baskets of the period still unpaid (read from the
// ledger as the validation screen reads them: lib/domain/payment/basket-due.ts), and each member's balance today.
export async function marketMoneyReport({
  actor,
  marketId,
  filters,
}: {
  actor: Actor;
  marketId: string;
  filters: ReportFilters;
}) {
  requireReportScope(actor, { marketId });
  const [owing, balances] = await Promise.all([
    db().$queryRaw<
      {
        id: string;
        basketNumber: number;
        day: Date;
        userId: string;
        firstName: string;
        lastName: string;
        paymentMethod: "ON_SITE" | "TRANSFER" | "CARD" | "BALANCE" | null;
        ownCents: number;
      }[]
    >(Prisma.sql`
      SELECT o."id", o."basketNumber", d."day", o."userId", u."firstName", u."lastName", o."paymentMethod",
        SUM(e."amountCents")::int AS "ownCents"
      FROM "Order" o
      JOIN "Distribution" d ON d."id" = o."distributionId"
      JOIN "User" u ON u."id" = o."userId"
      JOIN "LedgerEntry" e ON e."orderId" = o."id" AND e."account" = 'SHOPPER'
      WHERE o."marketId" = ${marketId} AND o."confirmedAt" IS NOT NULL AND o."droppedAt" IS NULL
        AND d."cancelledAt" IS NULL AND d."day" BETWEEN ${filters.from}::date AND ${filters.to}::date
        AND ${filters.method ? Prisma.sql`o."paymentMethod" = ${filters.method}::"PaymentMethod"` : Prisma.sql`TRUE`}
      GROUP BY o."id", d."day", u."firstName", u."lastName"
      HAVING SUM(e."amountCents") < 0
      ORDER BY d."day", o."basketNumber"`),
    shopperBalancesIn(db(), marketId),
  ]);
  const unpaid = owing
    .map((o) => ({
      ...o,
      dueCents: basketDueCents({ ...o, balanceCents: balances.get(o.userId) ?? 0 }),
    }))
    .filter((o) => o.dueCents > 0);
  const people = await db().user.findMany({
    where: { id: { in: [...balances].filter(([, cents]) => cents !== 0).map(([id]) => id) } },
    select: { id: true, firstName: true, lastName: true },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
  });
  return {
    unpaid,
    unpaidCents: unpaid.reduce((sum, o) => sum + o.dueCents, 0),
    balances: people.map((p) => ({ ...p, balanceCents: balances.get(p.id)! })),
  };
}
