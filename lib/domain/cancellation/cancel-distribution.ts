import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { LIVE_OFFER_STATUSES } from "../delivery-help/offer-status";
import { DomainError } from "../errors";
import { noticeDistributionSelect } from "../notice/distribution-notice-context";
import { queueProducerSaleCancelled } from "../notice/queue-cancellation-notices";
import { lockOrders } from "../order/lock-order";
import { sendCardRefunds } from "../payment/send-card-refunds";
import { cancelOrderLines } from "./cancel-order-lines";

// « Annuler la distribution », once orders were placed (without orders it can simply be deleted): every basket
// is emptied — its stock released, its debt reversed, card payments refunded to the card and other money
// credited to the balance —, live delivery-help matches end (their contact details with them), and every
// shopper with a basket and every producer taking part is told, in their language. A validated distribution
// cannot be cancelled: its baskets were delivered.
export async function cancelDistribution({
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
  const { cardRefundIds, cancelledBaskets } = await db().$transaction(
    async (tx) => {
      const claimed = await tx.distribution.updateMany({
        where: { id: distributionId, marketId, validatedAt: null, cancelledAt: null },
        data: { cancelledAt: now },
      });
      if (claimed.count === 0) {
        const d = await tx.distribution.findFirst({
          where: { id: distributionId, marketId },
          select: { validatedAt: true },
        });
        if (!d) throw new DomainError("NOT_FOUND");
        throw new DomainError(d.validatedAt ? "DISTRIBUTION_ALREADY_VALIDATED" : "DISTRIBUTION_CANCELLED");
      }
      const distribution = await tx.distribution.findUniqueOrThrow({
        where: { id: distributionId },
        select: noticeDistributionSelect,
      });
      // Every basket is locked before any is read for its lines: one emptied meanwhile, or filled by a shopper
      // who got its lock first, is seen as it is once that shopper is done. A basket created from now on finds
      // the distribution cancelled (set-basket-quantity.ts reads it again once it holds its basket).
      const all = await tx.order.findMany({ where: { distributionId }, select: { id: true } });
      await lockOrders(
        tx,
        all.map((o) => o.id),
      );
      const orders = await tx.order.findMany({
        where: { distributionId, lines: { some: {} } },
        select: { id: true, confirmedAt: true },
        orderBy: { basketNumber: "asc" },
      });
      const refundIds: string[] = [];
      for (const order of orders) {
        const refunds = await cancelOrderLines(tx, order.id, {
          lineIds: "ALL",
          distribution,
          reason: { distribution: true },
          now,
        });
        refundIds.push(...refunds.cardRefundIds);
      }
      await tx.deliveryOffer.updateMany({
        where: { requestOrder: { distributionId }, status: { in: LIVE_OFFER_STATUSES } },
        data: { status: "CANCELLED", endedAt: now },
      });
      const participations = await tx.participation.findMany({
        where: { distributionId, status: "ACCEPTED" },
        select: {
          catalog: {
            select: {
              producer: {
                select: {
                  id: true,
                  name: true,
                  users: { select: { user: { select: { id: true, email: true, locale: true } } } },
                },
              },
            },
          },
        },
      });
      const producers = new Map(participations.map(({ catalog: { producer } }) => [producer.id, producer]));
      for (const producer of producers.values())
        await queueProducerSaleCancelled(tx, {
          distribution,
          producer: { ...producer, users: producer.users.map((u) => u.user) },
          baskets: orders.length,
          whole: true,
        });
      return { cardRefundIds: refundIds, cancelledBaskets: orders.filter((o) => o.confirmedAt).length };
    },
    { timeout: 120_000 },
  );
  await sendCardRefunds(cardRefundIds, now);
  return { cancelledBaskets };
}
