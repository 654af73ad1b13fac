import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { shopperBalancesIn } from "../ledger/balances";

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
    shopperBalancesIn(db(), marketId),
  ]);
  return members.map((m) => ({ ...m, balanceCents: balances.get(m.user.id) ?? 0 }));
}
