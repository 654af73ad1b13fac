import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { settleBasket } from "./validate-basket";

// « Valider la distribution » validates every remaining basket at once (their on-the-spot payments, if any, stay
// owed on the members' balances) and the distribution itself; refused before pick-up starts.
export async function validateDistribution({
  actor,
  marketId,
  distributionId,
  now,
}: {
  actor: Actor;
  marketId: string;
  distributionId: string;
  now: Date;
}) {
  requireMarketRight(actor, marketId, "admin");
  return db().$transaction(
    async (tx) => {
      const claimed = await tx.distribution.updateMany({
        where: { id: distributionId, marketId, validatedAt: null, pickupStartAt: { lte: now } },
        data: { validatedAt: now, validatedById: actor.userId },
      });
      if (claimed.count === 0) {
        const d = await tx.distribution.findFirst({
          where: { id: distributionId, marketId },
          select: { validatedAt: true },
        });
        if (!d) throw new DomainError("NOT_FOUND");
        throw new DomainError(d.validatedAt ? "DISTRIBUTION_ALREADY_VALIDATED" : "DISTRIBUTION_NOT_STARTED");
      }
      const remaining = await tx.order.findMany({
        where: { distributionId, validatedAt: null, confirmedAt: { not: null }, lines: { some: {} } },
        select: { id: true },
      });
      for (const { id } of remaining) await settleBasket(tx, id, { actorId: actor.userId, onSiteMethod: null, now });
      return { validatedBaskets: remaining.length };
    },
    { timeout: 120_000 },
  );
}
