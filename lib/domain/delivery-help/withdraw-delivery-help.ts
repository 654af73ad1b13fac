import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { DomainError } from "../errors";
import { noticeDistributionSelect } from "../notice/distribution-notice-context";
import { volunteerDisplayName } from "./display-names";
import { endLiveOffers } from "./end-live-offers";
import { LIVE_OFFER_STATUSES } from "./offer-status";
import { lockOrder } from "../order/lock-order";
import { queueDeliveryNotice } from "./queue-delivery-notice";

// « Changer d'avis »: allowed at any time, matched or not. A person in need who withdraws ends every offer
// made to them (CANCELLED) and the volunteers are told, without any contact detail; a volunteer who withdraws
// ends their offers (WITHDRAWN) and the people they offered to are told. Either way, nobody but the market's
// admins sees the other's contact details any more.
export async function withdrawDeliveryHelp({ actor, orderId, now }: { actor: Actor; orderId: string; now: Date }) {
  await db().$transaction(async (tx) => {
    const owned = await tx.order.findFirst({ where: { id: orderId, userId: actor.userId }, select: { id: true } });
    if (!owned) throw new DomainError("NOT_FOUND");
    await lockOrder(tx, orderId);
    const order = await tx.order.findUniqueOrThrow({
      where: { id: orderId },
      select: {
        deliveryHelp: true,
        distribution: { select: noticeDistributionSelect },
        user: { select: { firstName: true, lastName: true } },
      },
    });
    if (order.deliveryHelp === "NEEDS_DELIVERY") {
      const offers = await tx.deliveryOffer.findMany({
        where: { requestOrderId: orderId, status: { in: LIVE_OFFER_STATUSES } },
        select: {
          id: true,
          volunteerOrder: { select: { id: true, user: { select: { id: true, email: true, locale: true } } } },
        },
      });
      for (const offer of await endLiveOffers(tx, offers, { status: "CANCELLED", now }))
        await queueDeliveryNotice(tx, {
          kind: "requestWithdrawn",
          offerId: offer.id,
          recipient: offer.volunteerOrder.user,
          other: order.user.firstName,
          pageOrderId: offer.volunteerOrder.id,
          distribution: order.distribution,
        });
    } else if (order.deliveryHelp === "CAN_DELIVER") {
      const offers = await tx.deliveryOffer.findMany({
        where: { volunteerOrderId: orderId, status: { in: LIVE_OFFER_STATUSES } },
        select: {
          id: true,
          requestOrder: { select: { id: true, user: { select: { id: true, email: true, locale: true } } } },
        },
      });
      for (const offer of await endLiveOffers(tx, offers, { status: "WITHDRAWN", now }))
        await queueDeliveryNotice(tx, {
          kind: "offerWithdrawn",
          offerId: offer.id,
          recipient: offer.requestOrder.user,
          other: volunteerDisplayName(order.user),
          pageOrderId: offer.requestOrder.id,
          distribution: order.distribution,
        });
    }
    await tx.order.update({ where: { id: orderId }, data: { deliveryHelp: null, deliveryConsentAt: null } });
  });
}
