import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { DomainError } from "../errors";
import { NO_RIGHTS } from "./enter-market";
import { lockMarketRights, requireAnAdminLeft } from "./keep-an-admin";

// « Quitter ce groupe »: the membership is closed, not deleted, so the ledger and past orders keep their owner.
// Its rights go with it; the last admin cannot leave (the market would have nobody to run it).
export async function leaveMarket({ actor, marketId, now }: { actor: Actor; marketId: string; now: Date }) {
  await db().$transaction(async (tx) => {
    await lockMarketRights(tx, actor, marketId);
    const result = await tx.membership.updateMany({
      where: { marketId, userId: actor.userId, leftAt: null },
      data: { ...NO_RIGHTS, leftAt: now },
    });
    if (result.count === 0) throw new DomainError("NOT_A_MEMBER");
    await requireAnAdminLeft(tx, marketId);
  });
}
