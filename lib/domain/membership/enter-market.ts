import { randomUUID } from "node:crypto";
import { Prisma, type Tx } from "@/lib/db/client";

// What a membership grants beyond being a member; cleared whenever someone leaves or is removed.
export const NO_RIGHTS = {
  isAdmin: false,
  canManageCatalogs: false,
  canManageMembers: false,
  canManageMessages: false,
};

const noRightsSql = Prisma.join(
  Object.keys(NO_RIGHTS).map((right) => Prisma.sql`${Prisma.raw(`"${right}"`)} = false`),
  ", ",
);

// Becoming a member, the first time or again after leaving or being removed, always gives a plain membership:
// rights are granted afresh by an admin, never revived with the old row (a removed co-admin who comes back
// must not be able to strip the admin who removed them). An active membership is left as it is. One statement.
export async function enterMarket(tx: Tx, { marketId, userId, now }: { marketId: string; userId: string; now: Date }) {
  await tx.$executeRaw`WITH ${enteringMarketSql(Prisma.sql`${marketId}`, userId, now)} SELECT 1`;
}

// The same as WITH-queries, for a statement that does more (a basket change, which comes here every time):
// `marketId` is an SQL expression.
export function enteringMarketSql(marketId: Prisma.Sql, userId: string, now: Date): Prisma.Sql {
  return Prisma.sql`entered_market AS (
      SELECT "id", "leftAt" FROM "Membership" WHERE "marketId" = ${marketId} AND "userId" = ${userId}
    ), rejoined_market AS (
      UPDATE "Membership" SET "leftAt" = NULL, "joinedAt" = ${now}, ${noRightsSql}
      WHERE "id" IN (SELECT "id" FROM entered_market WHERE "leftAt" IS NOT NULL)
    ), joined_market AS (
      INSERT INTO "Membership" ("id", "marketId", "userId", "joinedAt")
      SELECT ${randomUUID()}, ${marketId}, ${userId}, ${now}
      WHERE (${marketId})::text IS NOT NULL AND NOT EXISTS (SELECT 1 FROM entered_market)
      ON CONFLICT ("marketId", "userId") DO NOTHING
    )`;
}
