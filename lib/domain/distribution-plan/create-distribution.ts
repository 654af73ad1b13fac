import { db, isUniqueViolation } from "@/lib/db/client";
import { dateFromDay, zonedInstant } from "@/lib/time";
import type { DistributionInput } from "@/lib/validation/admin";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { releaseHeldStock } from "../order/basket-stock";
import { minutesOf } from "./distribution-defaults";

// Checks the order of a sale's instants: open ≤ close ≤ pick-up start < pick-up end (same day).
export function distributionInstants(input: DistributionInput, timeZone: string) {
  const pickupStartAt = zonedInstant(input.day, minutesOf(input.pickupStart), timeZone);
  const pickupEndAt = zonedInstant(input.day, minutesOf(input.pickupEnd), timeZone);
  const ordersOpenAt = zonedInstant(input.openDay, minutesOf(input.openTime), timeZone);
  const ordersCloseAt = zonedInstant(input.closeDay, minutesOf(input.closeTime), timeZone);
  if (pickupEndAt <= pickupStartAt) throw new DomainError("PICKUP_END_BEFORE_START", "pickupEnd");
  if (ordersCloseAt > pickupStartAt) throw new DomainError("CLOSE_AFTER_PICKUP", "closeDay");
  if (ordersOpenAt > ordersCloseAt) throw new DomainError("OPEN_AFTER_CLOSE", "openDay");
  return { pickupStartAt, pickupEndAt, ordersOpenAt, ordersCloseAt };
}

export async function createDistribution({
  actor,
  marketId,
  input,
  distributionId,
}: {
  actor: Actor;
  marketId: string;
  input: DistributionInput;
  distributionId?: string;
}) {
  requireMarketRight(actor, marketId, "admin");
  const market = await db().market.findUnique({
    where: { id: marketId },
    select: { timeZone: true, places: { where: { id: input.placeId }, select: { archivedAt: true } } },
  });
  const [place] = market?.places ?? [];
  if (!market || !place) throw new DomainError("NOT_FOUND", "placeId");
  const instants = distributionInstants(input, market.timeZone);
  const data = {
    marketId,
    placeId: input.placeId,
    day: dateFromDay(input.day),
    name: input.name,
    note: input.note,
    ...instants,
  };
  try {
    if (distributionId) {
      const existing = await db().distribution.findFirst({
        where: { id: distributionId, marketId },
        select: { placeId: true, slotsEnabled: true, pickupStartAt: true, pickupEndAt: true },
      });
      if (!existing) throw new DomainError("NOT_FOUND");
      // An archived place stays a distribution's own, but none is moved there.
      if (place.archivedAt && existing.placeId !== input.placeId) throw new DomainError("NOT_FOUND", "placeId");
      // Bookings hang on the slots: once slots are on, the pick-up hours stay as they are.
      const hoursChanged =
        existing.pickupStartAt.getTime() !== instants.pickupStartAt.getTime() ||
        existing.pickupEndAt.getTime() !== instants.pickupEndAt.getTime();
      if (existing.slotsEnabled && hoursChanged) throw new DomainError("PICKUP_HOURS_LOCKED", "pickupStart");
      // Pick-up starts order each member's baskets, the order in which their card-funded credit pays them
      // (payout/card-funded-credit.ts). Moving one while a distribution from the earlier of its two starts on has
      // its payouts scheduled could change what those payouts may pay, behind their back; later sales move freely.
      if (existing.pickupStartAt.getTime() !== instants.pickupStartAt.getTime()) {
        const earliest =
          existing.pickupStartAt < instants.pickupStartAt ? existing.pickupStartAt : instants.pickupStartAt;
        const scheduled = await db().distribution.count({
          where: { marketId, payoutsScheduledAt: { not: null }, pickupStartAt: { gte: earliest } },
        });
        if (scheduled > 0) throw new DomainError("PICKUP_START_AFTER_PAYOUTS", "pickupStart");
      }
      return await db().distribution.update({ where: { id: distributionId }, data, select: { id: true } });
    }
    if (place.archivedAt) throw new DomainError("NOT_FOUND", "placeId");
    return await db().distribution.create({ data, select: { id: true } });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("DISTRIBUTION_SAME_DAY", "day");
    throw error;
  }
}

// A distribution where a basket was confirmed cannot be deleted (cancelling it is another use case). Drafts are
// not orders: their held stock goes back to the sale and they go with the distribution. The distribution row is
// locked so that no basket starts meanwhile, and the drafts so that none is confirmed meanwhile.
export async function deleteDistribution({
  actor,
  marketId,
  distributionId,
}: {
  actor: Actor;
  marketId: string;
  distributionId: string;
}) {
  requireMarketRight(actor, marketId, "admin");
  await db().$transaction(async (tx) => {
    const found = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Distribution" WHERE "id" = ${distributionId} AND "marketId" = ${marketId} FOR UPDATE`;
    if (found.length === 0) throw new DomainError("NOT_FOUND");
    const requireNoOrder = async () => {
      if ((await tx.order.count({ where: { distributionId, confirmedAt: { not: null } } })) > 0)
        throw new DomainError("DISTRIBUTION_HAS_ORDERS");
    };
    await requireNoOrder();
    const drafts = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Order" WHERE "distributionId" = ${distributionId} AND "confirmedAt" IS NULL
      ORDER BY "id" FOR UPDATE`;
    // Again: a draft may have been confirmed while its lock was awaited.
    await requireNoOrder();
    for (const { id } of drafts) await releaseHeldStock(tx, id);
    await tx.distribution.delete({ where: { id: distributionId } });
  });
}
