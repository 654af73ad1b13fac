import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { DomainError } from "../errors";
import { listDeliveryRequests } from "../delivery-help/list-delivery-requests";
import { listPickupSlots } from "./list-pickup-slots";

// Everything the shopper chooses after ordering: a pick-up slot, and a delivery-help status.
export async function getPickupOptions({ actor, orderId }: { actor: Actor; orderId: string }) {
  const order = await db().order.findFirst({
    where: { id: orderId, userId: actor.userId },
    select: {
      id: true,
      basketNumber: true,
      deliveryHelp: true,
      deliveryHelperId: true,
      distributionId: true,
      user: { select: { phone: true, address: true, zipCode: true, city: true } },
      deliveryHelper: { select: { firstName: true } },
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
  const [slots, requests] = await Promise.all([
    listPickupSlots({ actor, distributionId: order.distributionId }),
    order.deliveryHelp === "CAN_DELIVER"
      ? listDeliveryRequests({ actor, distributionId: order.distributionId })
      : Promise.resolve([]),
  ]);
  const { user, ...rest } = order;
  return { ...rest, contact: user, slots, requests };
}
