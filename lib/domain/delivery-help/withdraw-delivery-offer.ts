import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { DomainError } from "../errors";
import { noticeDistributionSelect } from "../notice/distribution-notice-context";
import { volunteerDisplayName } from "./display-names";
import { queueDeliveryNotice } from "./queue-delivery-notice";

// A volunteer takes one offer back, before or after it was accepted: it ends (WITHDRAWN), the person is told
// and their request stays open. The volunteer may offer again later.
export async function withdrawDeliveryOffer({ actor, offerId, now }: { actor: Actor; offerId: string; now: Date }) {
  await db().$transaction(async (tx) => {
    const ended = await tx.deliveryOffer.updateMany({
      where: { id: offerId, volunteerOrder: { userId: actor.userId }, status: { in: ["OFFERED", "ACCEPTED"] } },
      data: { status: "WITHDRAWN", endedAt: now },
    });
    if (ended.count === 0) {
      const mine = await tx.deliveryOffer.count({ where: { id: offerId, volunteerOrder: { userId: actor.userId } } });
      throw new DomainError(mine ? "DELIVERY_OFFER_GONE" : "NOT_FOUND");
    }
    const offer = await tx.deliveryOffer.findUniqueOrThrow({
      where: { id: offerId },
      select: {
        requestOrder: { select: { id: true, user: { select: { id: true, email: true, locale: true } } } },
        volunteerOrder: {
          select: {
            user: { select: { firstName: true, lastName: true } },
            distribution: { select: noticeDistributionSelect },
          },
        },
      },
    });
    await queueDeliveryNotice(tx, {
      kind: "offerWithdrawn",
      offerId,
      recipient: offer.requestOrder.user,
      other: volunteerDisplayName(offer.volunteerOrder.user),
      pageOrderId: offer.requestOrder.id,
      distribution: offer.volunteerOrder.distribution,
    });
  });
}
