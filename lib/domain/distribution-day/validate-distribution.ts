import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { settleUnpaidBaskets, type UnpaidChoice } from "./settle-unpaid-baskets";
import { settleBasket } from "./validate-basket";

// « Valider la distribution » validates every remaining basket at once and the distribution itself; refused
// before pick-up starts. What each unpaid basket becomes (paid now, or a debt) is the admin's answer in `unpaid`.
export async function validateDistribution({
  actor,
  marketId,
  distributionId,
  unpaid,
  now,
}: {
  actor: Actor;
  marketId: string;
  distributionId: string;
  unpaid: Record<string, UnpaidChoice>;
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
      const settled = await settleUnpaidBaskets(tx, { distributionId, choices: unpaid, actorId: actor.userId, now });
      const remaining = await tx.order.findMany({
        where: { distributionId, validatedAt: null, confirmedAt: { not: null }, lines: { some: {} } },
        select: { id: true },
      });
      for (const { id } of remaining) await settleBasket(tx, id, { actorId: actor.userId, onSiteMethod: null, now });
      return { validatedBaskets: remaining.length, paidNow: settled.paid, leftAsDebts: settled.leftAsDebts };
    },
    { timeout: 120_000 },
  );
}
