import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { DomainError } from "../errors";
import { noticeDistributionSelect } from "../notice/distribution-notice-context";
import { hasConfirmedBasket } from "../order/confirmed-basket";
import { endLiveOffers } from "./end-live-offers";
import { lockOrder } from "../order/lock-order";
import { queueDeliveryNotice } from "./queue-delivery-notice";

// The person in need accepts one volunteer's offer: from then on, and until the end of the day after the
// distribution, both see each other's contact details in the app. The other offers waiting for an answer end
// (NOT_CHOSEN). The request is locked, so two acceptances cannot both win; a partial unique index (one
// ACCEPTED offer per request) is the last line.
export async function acceptDeliveryOffer({ actor, offerId, now }: { actor: Actor; offerId: string; now: Date }) {
  await db().$transaction(async (tx) => {
    const found = await tx.deliveryOffer.findFirst({
      where: { id: offerId, requestOrder: { userId: actor.userId } },
      select: { requestOrderId: true },
    });
    if (!found) throw new DomainError("NOT_FOUND");
    await lockOrder(tx, found.requestOrderId);
    const request = await tx.order.findUniqueOrThrow({
      where: { id: found.requestOrderId },
      select: {
        deliveryHelp: true,
        user: { select: { firstName: true } },
        distribution: { select: noticeDistributionSelect },
        deliveryOffersReceived: {
          where: { status: { in: ["OFFERED", "ACCEPTED"] } },
          select: {
            id: true,
            status: true,
            volunteerOrder: {
              select: {
                id: true,
                deliveryHelp: true,
                confirmedAt: true,
                _count: { select: { lines: true } },
                user: { select: { id: true, email: true, locale: true } },
              },
            },
          },
        },
      },
    });
    if (request.distribution.pickupEndAt <= now) throw new DomainError("DELIVERY_HELP_CLOSED");
    const offer = request.deliveryOffersReceived.find((o) => o.id === offerId);
    if (request.deliveryHelp !== "NEEDS_DELIVERY" || !offer) throw new DomainError("DELIVERY_OFFER_GONE");
    if (offer.status === "ACCEPTED") return;
    if (request.deliveryOffersReceived.some((o) => o.status === "ACCEPTED"))
      throw new DomainError("DELIVERY_ALREADY_MATCHED");
    if (offer.volunteerOrder.deliveryHelp !== "CAN_DELIVER" || !hasConfirmedBasket(offer.volunteerOrder))
      throw new DomainError("DELIVERY_OFFER_GONE");

    const accepted = await tx.deliveryOffer.updateMany({
      where: { id: offerId, status: "OFFERED" },
      data: { status: "ACCEPTED", answeredAt: now },
    });
    if (accepted.count === 0) throw new DomainError("DELIVERY_OFFER_GONE");
    const others = request.deliveryOffersReceived.filter((o) => o.id !== offerId);
    const notChosen = await endLiveOffers(tx, others, { status: "NOT_CHOSEN", now });
    for (const o of [offer, ...notChosen])
      await queueDeliveryNotice(tx, {
        kind: o === offer ? "accepted" : "notChosen",
        offerId: o.id,
        recipient: o.volunteerOrder.user,
        other: request.user.firstName,
        pageOrderId: o.volunteerOrder.id,
        distribution: request.distribution,
      });
  });
}
