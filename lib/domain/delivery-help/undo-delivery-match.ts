import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { noticeDistributionSelect } from "../notice/distribution-notice-context";
import { volunteerDisplayName } from "./display-names";
import { queueDeliveryNotice } from "./queue-delivery-notice";

// A market admin undoes a match from the logistics page (a complaint, a mistake): the accepted offer ends
// (UNDONE), both people are told and stop seeing each other's contacts, the request is open again, and this
// volunteer may not offer to this person again.
export async function undoDeliveryMatch({ actor, offerId, now }: { actor: Actor; offerId: string; now: Date }) {
  await db().$transaction(async (tx) => {
    const found = await tx.deliveryOffer.findUnique({
      where: { id: offerId },
      select: { requestOrder: { select: { marketId: true } } },
    });
    if (!found) throw new DomainError("NOT_FOUND");
    requireMarketRight(actor, found.requestOrder.marketId, "admin");
    const ended = await tx.deliveryOffer.updateMany({
      where: { id: offerId, status: "ACCEPTED" },
      data: { status: "UNDONE", endedAt: now, undoneById: actor.userId },
    });
    if (ended.count === 0) throw new DomainError("DELIVERY_OFFER_GONE");
    const offer = await tx.deliveryOffer.findUniqueOrThrow({
      where: { id: offerId },
      select: {
        requestOrder: {
          select: {
            id: true,
            user: { select: { id: true, email: true, locale: true, firstName: true } },
            distribution: { select: noticeDistributionSelect },
          },
        },
        volunteerOrder: {
          select: {
            id: true,
            user: { select: { id: true, email: true, locale: true, firstName: true, lastName: true } },
          },
        },
      },
    });
    const { requestOrder: request, volunteerOrder: volunteer } = offer;
    await queueDeliveryNotice(tx, {
      kind: "undoneForPerson",
      offerId,
      recipient: request.user,
      other: volunteerDisplayName(volunteer.user),
      pageOrderId: request.id,
      distribution: request.distribution,
    });
    await queueDeliveryNotice(tx, {
      kind: "undoneForVolunteer",
      offerId,
      recipient: volunteer.user,
      other: request.user.firstName,
      pageOrderId: volunteer.id,
      distribution: request.distribution,
    });
  });
}
