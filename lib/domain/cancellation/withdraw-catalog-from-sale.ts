import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { sendCardRefunds } from "../payment/send-card-refunds";
import { cancelCatalogLines } from "./catalog-lines";

// The market's admin takes a catalog out of one sale after orders were placed (the producer cannot come,
// asked to leave): its products leave every basket — stock released, shoppers refunded and told, the producer
// told — and its participation is declined, so it leaves the shop.
export async function withdrawCatalogFromSale({
  actor,
  marketId,
  distributionId,
  catalogId,
  now,
}: {
  actor: Actor;
  marketId: string;
  distributionId: string;
  catalogId: string;
  now: Date;
}) {
  requireMarketRight(actor, marketId, "admin");
  const { cardRefundIds, baskets } = await db().$transaction(
    async (tx) => {
      const participation = await tx.participation.findFirst({
        where: {
          catalogId,
          distribution: {
            id: distributionId,
            marketId,
            validatedAt: null,
            cancelledAt: null,
            pickupEndAt: { gt: now },
          },
        },
        select: { id: true },
      });
      if (!participation) throw new DomainError("NOT_FOUND");
      const cancelled = await cancelCatalogLines(tx, {
        catalogId,
        marketId,
        distributionId,
        notifyProducer: true,
        now,
      });
      await tx.participation.update({ where: { id: participation.id }, data: { status: "DECLINED" } });
      return cancelled;
    },
    { timeout: 120_000 },
  );
  await sendCardRefunds(cardRefundIds, now);
  return { baskets };
}
