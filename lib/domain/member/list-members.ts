import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";

// Members with their balance: one query for the members, one grouped sum for every balance.
export async function listMembers({ actor, marketId }: { actor: Actor; marketId: string }) {
  requireMarketRight(actor, marketId, "members");
  const [members, balances] = await Promise.all([
    db().membership.findMany({
      where: { marketId, leftAt: null },
      orderBy: [{ user: { lastName: "asc" } }, { user: { firstName: "asc" } }],
      select: {
        isAdmin: true,
        canManageCatalogs: true,
        canManageMembers: true,
        canManageMessages: true,
        joinedAt: true,
        user: { select: { id: true, firstName: true, lastName: true, email: true, phone: true } },
      },
    }),
    db().ledgerEntry.groupBy({
      by: ["userId"],
      where: { marketId, userId: { not: null } },
      _sum: { amountCents: true },
    }),
  ]);
  const balanceOf = new Map(balances.map((b) => [b.userId, b._sum.amountCents ?? 0]));
  return members.map((m) => ({ ...m, balanceCents: balanceOf.get(m.user.id) ?? 0 }));
}
