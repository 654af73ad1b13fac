import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { DomainError } from "../errors";
import { noticeDistributionSelect } from "../notice/distribution-notice-context";
import { lockOrder } from "../order/lock-order";
import { queueDeliveryNotice } from "./queue-delivery-notice";

// The person in need says no to a volunteer, before or after accepting them: the offer ends (REFUSED), the
// volunteer stops seeing anything but the first name and may not offer to this request again. The request
// stays open for other volunteers.
export async function refuseDeliveryOffer({ actor, offerId, now }: { actor: Actor; offerId: string; now: Date }) {
  await db().$transaction(async (tx) => {
    const found = await tx.deliveryOffer.findFirst({
      where: { id: offerId, requestOrder: { userId: actor.userId } },
      select: { requestOrderId: true },
    });
    if (!found) throw new DomainError("NOT_FOUND");
    await lockOrder(tx, found.requestOrderId);
    const ended = await tx.deliveryOffer.updateMany({
      where: { id: offerId, status: { in: ["OFFERED", "ACCEPTED"] } },
      data: { status: "REFUSED", answeredAt: now, endedAt: now },
    });
    if (ended.count === 0) throw new DomainError("DELIVERY_OFFER_GONE");
    const offer = await tx.deliveryOffer.findUniqueOrThrow({
      where: { id: offerId },
      select: {
        requestOrder: { select: { user: { select: { firstName: true } } } },
        volunteerOrder: {
          select: {
            id: true,
            user: { select: { id: true, email: true, locale: true } },
            distribution: { select: noticeDistributionSelect },
          },
        },
      },
    });
    await queueDeliveryNotice(tx, {
      kind: "refused",
      offerId,
      recipient: offer.volunteerOrder.user,
      other: offer.requestOrder.user.firstName,
      pageOrderId: offer.volunteerOrder.id,
      distribution: offer.volunteerOrder.distribution,
    });
  });
}
