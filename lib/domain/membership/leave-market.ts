import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { DomainError } from "../errors";

// « Quitter ce groupe »: the membership is closed, not deleted, so the ledger and past orders keep their owner.
export async function leaveMarket({ actor, marketId, now }: { actor: Actor; marketId: string; now: Date }) {
  const result = await db().membership.updateMany({
    where: { marketId, userId: actor.userId, leftAt: null },
    data: { leftAt: now },
  });
  if (result.count === 0) throw new DomainError("NOT_A_MEMBER");
}
