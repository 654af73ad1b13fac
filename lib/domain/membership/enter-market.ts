import type { Tx } from "@/lib/db/client";

// What a membership grants beyond being a member; cleared whenever someone leaves or is removed.
export const NO_RIGHTS = {
  isAdmin: false,
  canManageCatalogs: false,
  canManageMembers: false,
  canManageMessages: false,
};

// Becoming a member, the first time or again after leaving or being removed, always gives a plain membership:
// rights are granted afresh by an admin, never revived with the old row (a removed co-admin who comes back
// must not be able to strip the admin who removed them). An active membership is left as it is.
export async function enterMarket(tx: Tx, { marketId, userId, now }: { marketId: string; userId: string; now: Date }) {
  const existing = await tx.membership.findUnique({
    where: { marketId_userId: { marketId, userId } },
    select: { id: true },
  });
  if (!existing) {
    await tx.membership.create({ data: { marketId, userId, joinedAt: now } });
    return;
  }
  await tx.membership.updateMany({
    where: { id: existing.id, leftAt: { not: null } },
    data: { ...NO_RIGHTS, leftAt: null, joinedAt: now },
  });
}
