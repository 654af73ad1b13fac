import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { DomainError } from "../errors";
import { lockOrder } from "../order/lock-order";
import { findDayOrderOrThrow } from "./day-order";

// « Retiré »: the shopper took the basket away (`collected`), or a mistaken tap is undone. Marking a basket
// already marked keeps the first time, so the same tap sent twice (two phones, a replay) changes nothing. Only
// before the basket is validated: validating marks it collected if nobody did.
export async function setBasketCollected(collection: Collection): Promise<{ collectedAt: Date | null }> {
  return db().$transaction((tx) => setBasketCollectedIn(tx, collection));
}

type Collection = { actor: Actor; marketId: string; orderId: string; collected: boolean; now: Date };

// Inside the caller's transaction (the day screen's offline queue writes its applied operation in the same one).
export async function setBasketCollectedIn(
  tx: Tx,
  { actor, marketId, orderId, collected, now }: Collection,
): Promise<{ collectedAt: Date | null }> {
  await findDayOrderOrThrow(tx, actor, { marketId, orderId });
  await lockOrder(tx, orderId);
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      confirmedAt: true,
      collectedAt: true,
      validatedAt: true,
      distribution: { select: { cancelledAt: true } },
    },
  });
  // A draft is no order: there is nothing to hand out.
  if (!order.confirmedAt) throw new DomainError("NOT_FOUND");
  if (order.distribution.cancelledAt) throw new DomainError("DISTRIBUTION_CANCELLED");
  if (order.validatedAt) throw new DomainError("BASKET_ALREADY_VALIDATED");
  if (collected === Boolean(order.collectedAt)) return { collectedAt: order.collectedAt };
  return tx.order.update({
    where: { id: orderId },
    data: collected ? { collectedAt: now, collectedById: actor.userId } : { collectedAt: null, collectedById: null },
    select: { collectedAt: true },
  });
}
