import type { Tx } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { DomainError } from "../errors";

// A market always keeps an admin, and rights removed stay removed even mid-request. Whoever changes rights or
// leaves first locks the market row, so that two admins removing each other at once are served one after the
// other; the caller's rights are then read again under the lock (the ones read at the start of the request
// may have just been removed), and after the change, in the same transaction, an admin must be left.
export async function lockMarketRights(tx: Tx, actor: Actor, marketId: string): Promise<Actor> {
  await tx.$queryRaw`SELECT id FROM "Market" WHERE id = ${marketId} FOR UPDATE`;
  const rights = await tx.membership.findFirst({
    where: { marketId, userId: actor.userId, leftAt: null },
    select: { isAdmin: true, canManageCatalogs: true, canManageMembers: true, canManageMessages: true },
  });
  const markets = new Map(actor.markets);
  if (rights) markets.set(marketId, rights);
  else markets.delete(marketId);
  return { ...actor, markets };
}

export async function requireAnAdminLeft(tx: Tx, marketId: string) {
  if ((await tx.membership.count({ where: { marketId, isAdmin: true, leftAt: null } })) === 0)
    throw new DomainError("LAST_ADMIN");
}
