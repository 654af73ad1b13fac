import type { Tx } from "@/lib/db/client";
import { hasMarketRight, type Actor } from "../access/actor";
import { canRunDistributionDay, requireSomeDistributionDay } from "../access/distribution-day";
import { DomainError } from "../errors";

// The basket a day use case acts on (marking it collected, its delivered quantities, a payment, its validation),
// found in the market by its id. A referent of another distribution of the market is answered as for an id that
// does not exist. `byAdmin`: what only admins may do beyond the day screen (refunds once validated, transfers).
export async function findDayOrderOrThrow(
  tx: Tx,
  actor: Actor,
  { marketId, orderId }: { marketId: string; orderId: string },
) {
  requireSomeDistributionDay(actor, marketId);
  const order = await tx.order.findFirst({
    where: { id: orderId, marketId },
    select: { id: true, distributionId: true },
  });
  if (!order || !canRunDistributionDay(actor, { id: order.distributionId, marketId }))
    throw new DomainError("NOT_FOUND");
  return { ...order, byAdmin: hasMarketRight(actor, marketId, "admin") };
}
