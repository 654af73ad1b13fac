import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { DomainError } from "../errors";
import { enterMarket } from "./enter-market";

// « Rejoindre ce marché »: becoming a member (again, after leaving) before or without ordering.
export async function joinMarket({ actor, marketId, now }: { actor: Actor; marketId: string; now: Date }) {
  const market = await db().market.findUnique({ where: { id: marketId }, select: { id: true } });
  if (!market) throw new DomainError("NOT_FOUND");
  await db().$transaction((tx) => enterMarket(tx, { marketId, userId: actor.userId, now }));
}

export async function listMyMarkets({ userId }: { userId: string }) {
  return db().membership.findMany({
    where: { userId, leftAt: null },
    orderBy: { joinedAt: "asc" },
    select: { market: { select: { id: true, slug: true, name: true } } },
  });
}
