import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { DomainError } from "../errors";

// « Rejoindre ce marché »: becoming a member (again, after leaving) before or without ordering.
export async function joinMarket({ actor, marketId }: { actor: Actor; marketId: string }) {
  const market = await db().market.findUnique({ where: { id: marketId }, select: { id: true } });
  if (!market) throw new DomainError("NOT_FOUND");
  await db().membership.upsert({
    where: { marketId_userId: { marketId, userId: actor.userId } },
    create: { marketId, userId: actor.userId },
    update: { leftAt: null },
  });
}

export async function listMyMarkets({ userId }: { userId: string }) {
  return db().membership.findMany({
    where: { userId, leftAt: null },
    orderBy: { joinedAt: "asc" },
    select: { market: { select: { id: true, slug: true, name: true } } },
  });
}
