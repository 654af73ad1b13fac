import { db } from "@/lib/db/client";
import { hasMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";

// The slot plan with how many are booked in each (one query), and the actor's own booking. Members see counts;
// admins also see who booked (for the sign-in sheet sorted by slot).
export async function listPickupSlots({ actor, distributionId }: { actor: Actor; distributionId: string }) {
  const d = await db().distribution.findUnique({
    where: { id: distributionId },
    select: { marketId: true, slotsEnabled: true },
  });
  if (!d || !hasMarketRight(actor, d.marketId, "member")) throw new DomainError("NOT_FOUND");
  const isAdmin = hasMarketRight(actor, d.marketId, "admin");
  const slots = await db().pickupSlot.findMany({
    where: { distributionId },
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      startsAt: true,
      capacity: true,
      _count: { select: { bookings: true } },
      bookings: {
        where: isAdmin ? {} : { userId: actor.userId },
        select: {
          userId: true,
          order: { select: { basketNumber: true, user: { select: { firstName: true, lastName: true } } } },
        },
      },
    },
  });
  return {
    enabled: d.slotsEnabled,
    slots: slots.map((s) => ({
      id: s.id,
      startsAt: s.startsAt,
      capacity: s.capacity,
      booked: s._count.bookings,
      full: s._count.bookings >= s.capacity,
      mine: s.bookings.some((b) => b.userId === actor.userId),
      people: isAdmin
        ? s.bookings.map((b) => ({
            basketNumber: b.order.basketNumber,
            name: `${b.order.user.lastName} ${b.order.user.firstName}`,
          }))
        : [],
    })),
  };
}
