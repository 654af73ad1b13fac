import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { DomainError } from "../errors";
import { hasConfirmedBasket } from "../order/confirmed-basket";

// Books (or moves) the shopper's order to a slot, once confirmed: a draft would take a place it may never use.
// The slot row is locked while its bookings are counted, so two shoppers racing for its last place cannot both
// get it.
export async function bookPickupSlot({
  actor,
  orderId,
  slotId,
  now,
}: {
  actor: Actor;
  orderId: string;
  slotId: string;
  now: Date;
}) {
  await db().$transaction(async (tx) => {
    const order = await tx.order.findFirst({
      where: { id: orderId, userId: actor.userId },
      select: {
        id: true,
        distributionId: true,
        confirmedAt: true,
        _count: { select: { lines: true } },
        distribution: { select: { slotsEnabled: true, pickupEndAt: true } },
      },
    });
    if (!order) throw new DomainError("NOT_FOUND");
    if (!hasConfirmedBasket(order)) throw new DomainError("SLOT_BASKET_NOT_CONFIRMED", "slotId");
    if (!order.distribution.slotsEnabled) throw new DomainError("SLOTS_NOT_ENABLED");
    if (order.distribution.pickupEndAt <= now) throw new DomainError("SLOT_IN_PAST");
    const [slot] = await tx.$queryRaw<{ id: string; capacity: number }[]>`
      SELECT "id", "capacity" FROM "PickupSlot" WHERE "id" = ${slotId} AND "distributionId" = ${order.distributionId} FOR UPDATE`;
    if (!slot) throw new DomainError("NOT_FOUND", "slotId");
    const current = await tx.slotBooking.findUnique({ where: { orderId }, select: { slotId: true } });
    if (current?.slotId === slotId) return;
    const booked = await tx.slotBooking.count({ where: { slotId } });
    if (booked >= slot.capacity) throw new DomainError("SLOT_FULL", "slotId");
    await tx.slotBooking.upsert({
      where: { orderId },
      create: { orderId, slotId, userId: actor.userId },
      update: { slotId, createdAt: now },
    });
  });
}
