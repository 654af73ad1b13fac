import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { DomainError } from "../errors";
import { getDeliveryHelp } from "../delivery-help/get-delivery-help";
import { hasConfirmedBasket } from "../order/confirmed-basket";
import { listPickupSlots } from "./list-pickup-slots";

// Everything the shopper chooses after ordering: a pick-up slot, and a delivery-help status.
export async function getPickupOptions({ actor, orderId, now }: { actor: Actor; orderId: string; now: Date }) {
  const order = await db().order.findFirst({
    where: { id: orderId, userId: actor.userId },
    select: {
      id: true,
      basketNumber: true,
      distributionId: true,
      confirmedAt: true,
      _count: { select: { lines: true } },
      user: { select: { phone: true, address: true, zipCode: true, city: true } },
      market: { select: { slug: true, name: true, timeZone: true, deliveryHelpEnabled: true } },
      distribution: {
        select: {
          pickupStartAt: true,
          pickupEndAt: true,
          place: { select: { name: true, address: true, city: true } },
        },
      },
    },
  });
  if (!order) throw new DomainError("NOT_FOUND");
  const [slots, deliveryHelp] = await Promise.all([
    listPickupSlots({ actor, distributionId: order.distributionId }),
    getDeliveryHelp({ actor, orderId: order.id, now }),
  ]);
  const { user, ...rest } = order;
  return { ...rest, contact: user, basketConfirmed: hasConfirmedBasket(order), slots, deliveryHelp };
}
