import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { slotStarts } from "./slot-times";

// Turns on 15-minute pick-up slots for a distribution. Once on, the pick-up hours are locked (changing them
// would orphan bookings); capacities can still be changed, but never below what is already booked.
export async function enablePickupSlots({
  actor,
  distributionId,
  capacity,
  lastSlotCapacity,
}: {
  actor: Actor;
  distributionId: string;
  capacity: number;
  lastSlotCapacity?: number | null;
}) {
  const d = await db().distribution.findUnique({
    where: { id: distributionId },
    select: { id: true, marketId: true, pickupStartAt: true, pickupEndAt: true },
  });
  if (!d) throw new DomainError("NOT_FOUND");
  requireMarketRight(actor, d.marketId, "admin");
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > 500)
    throw new DomainError("SLOT_CAPACITY_INVALID", "capacity");
  if (
    lastSlotCapacity != null &&
    (!Number.isInteger(lastSlotCapacity) || lastSlotCapacity < 0 || lastSlotCapacity > 500)
  ) {
    throw new DomainError("SLOT_CAPACITY_INVALID", "lastSlotCapacity");
  }
  const starts = slotStarts(d.pickupStartAt, d.pickupEndAt);
  if (starts.length === 0) throw new DomainError("SLOT_HOURS_TOO_SHORT");
  await db().$transaction(async (tx) => {
    await tx.distribution.update({
      where: { id: d.id },
      data: { slotsEnabled: true, slotCapacity: capacity, lastSlotCapacity: lastSlotCapacity ?? null },
    });
    for (const [i, startsAt] of starts.entries()) {
      const slotCapacity = i === starts.length - 1 && lastSlotCapacity != null ? lastSlotCapacity : capacity;
      const slot = await tx.pickupSlot.upsert({
        where: { distributionId_startsAt: { distributionId: d.id, startsAt } },
        create: { distributionId: d.id, startsAt, capacity: slotCapacity },
        update: { capacity: slotCapacity },
        select: { id: true, _count: { select: { bookings: true } } },
      });
      if (slot._count.bookings > slotCapacity)
        throw new DomainError(
          "SLOT_CAPACITY_BELOW_BOOKINGS",
          i === starts.length - 1 ? "lastSlotCapacity" : "capacity",
        );
    }
  });
}
