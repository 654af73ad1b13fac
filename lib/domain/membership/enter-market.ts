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
// must not be able to strip the admin who removed them). An active membership is left as it is. One statement
// when the row exists (every basket change comes here).
export async function enterMarket(tx: Tx, { marketId, userId, now }: { marketId: string; userId: string; now: Date }) {
  const [{ existing }] = await tx.$queryRaw<{ existing: number }[]>`
    WITH membership AS (
      SELECT "id", "leftAt" FROM "Membership" WHERE "marketId" = ${marketId} AND "userId" = ${userId}
    ), rejoined AS (
      UPDATE "Membership" SET "leftAt" = NULL, "joinedAt" = ${now}, ${noRightsSql}
      WHERE "id" IN (SELECT "id" FROM membership WHERE "leftAt" IS NOT NULL)
    )
    SELECT count(*)::int AS "existing" FROM membership`;
  if (existing === 0) await tx.membership.create({ data: { marketId, userId, joinedAt: now } });
}
