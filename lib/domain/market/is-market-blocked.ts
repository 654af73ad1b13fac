import { db, Prisma } from "@/lib/db/client";

export const MAX_UNVALIDATED_PAST_DISTRIBUTIONS = 4;

// Cagette's rule, kept: a market that leaves more than 4 past distributions unvalidated cannot open new
// sales until it validates them (validation is what refunds shoppers and pays producers). A cancelled one
// has nothing left to validate.
export async function unvalidatedPastDistributions({ marketId, now }: { marketId: string; now: Date }) {
  return db().distribution.findMany({
    where: { marketId, validatedAt: null, cancelledAt: null, pickupEndAt: { lte: now } },
    select: { id: true, pickupStartAt: true },
    orderBy: { pickupStartAt: "asc" },
  });
}

export async function isMarketBlocked({ marketId, now }: { marketId: string; now: Date }): Promise<boolean> {
  const count = await db().distribution.count({
    where: { marketId, validatedAt: null, cancelledAt: null, pickupEndAt: { lte: now } },
  });
  return count > MAX_UNVALIDATED_PAST_DISTRIBUTIONS;
}

// The same count in SQL, for a statement that reads it along with other things: `marketId` is an SQL expression.
export function unvalidatedPastDistributionsSql(marketId: string, now: Date): Prisma.Sql {
  return Prisma.sql`(SELECT count(*)::int FROM "Distribution" past WHERE past."marketId" = ${Prisma.raw(marketId)}
    AND past."validatedAt" IS NULL AND past."cancelledAt" IS NULL AND past."pickupEndAt" <= ${now})`;
}
