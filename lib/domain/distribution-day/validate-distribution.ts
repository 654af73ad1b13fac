import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { lockOrders } from "../order/lock-order";
import { requireNoCardRefundInFlight } from "../payment/card-refunds-in-flight";
import { sendCardRefunds } from "../payment/send-card-refunds";
import { settleUnpaidBaskets, type UnpaidChoice } from "./settle-unpaid-baskets";
import { settleBasket } from "./validate-basket";

// « Valider la distribution » validates every remaining basket at once and the distribution itself; refused
// before pick-up starts, once cancelled, and while a card refund of one of its baskets is in flight (with their
// numbers). What each unpaid basket becomes (paid now, or a debt) is the admin's answer in `unpaid`; what a
// basket was paid beyond its total is given back (its card refunds are sent once the validation committed).
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
  const { cardRefundIds, ...validated } = await db().$transaction(
    async (tx) => {
      const claimed = await tx.distribution.updateMany({
        where: { id: distributionId, marketId, validatedAt: null, cancelledAt: null, pickupStartAt: { lte: now } },
        data: { validatedAt: now, validatedById: actor.userId },
      });
      if (claimed.count === 0) {
        const d = await tx.distribution.findFirst({
          where: { id: distributionId, marketId },
          select: { validatedAt: true, cancelledAt: true },
        });
        if (!d) throw new DomainError("NOT_FOUND");
        if (d.cancelledAt) throw new DomainError("DISTRIBUTION_CANCELLED");
        throw new DomainError(d.validatedAt ? "DISTRIBUTION_ALREADY_VALIDATED" : "DISTRIBUTION_NOT_STARTED");
      }
      await requireNoCardRefundInFlight(tx, { distributionId });
      // Drafts the close job left (it failed on this distribution, or has not run) are held until the validation
      // commits: a card payment settling for one meanwhile either confirmed it before, and the basket is validated
      // below, or finds the distribution validated once it holds the draft, and confirms nothing (confirm-basket.ts).
      const drafts = await tx.order.findMany({
        where: { distributionId, confirmedAt: null, droppedAt: null },
        select: { id: true },
      });
      await lockOrders(
        tx,
        drafts.map((o) => o.id),
      );
      const settled = await settleUnpaidBaskets(tx, { distributionId, choices: unpaid, actorId: actor.userId, now });
      const remaining = await tx.order.findMany({
        where: { distributionId, validatedAt: null, confirmedAt: { not: null }, lines: { some: {} } },
        select: { id: true },
      });
      const cardRefundIds: string[] = [];
      for (const { id } of remaining)
        cardRefundIds.push(
          ...(await settleBasket(tx, id, { actorId: actor.userId, onSiteMethod: null, now })).cardRefundIds,
        );
      return {
        validatedBaskets: remaining.length,
        paidNow: settled.paid,
        leftAsDebts: settled.leftAsDebts,
        cardRefundIds,
      };
    },
    { timeout: 120_000 },
  );
  await sendCardRefunds(cardRefundIds, now);
  return validated;
}
