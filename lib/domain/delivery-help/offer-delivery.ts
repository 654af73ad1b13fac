import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { noticeDistributionSelect } from "../notice/distribution-notice-context";
import { hasConfirmedBasket } from "../order/confirmed-basket";
import { volunteerDisplayName } from "./display-names";
import { lockOrder } from "../order/lock-order";
import { FINAL_FOR_PAIR_STATUSES, LIVE_OFFER_STATUSES } from "./offer-status";
import { queueDeliveryNotice } from "./queue-delivery-notice";
import { requireVerifiedEmail } from "../user/require-verified-email";

// A volunteer offers to deliver a person in need at the same distribution. Nothing is shared yet: the person
// is told (« Louis P. propose de vous livrer ») and accepts or refuses in the app. Only a volunteer with a
// confirmed basket may offer, to at most `deliveryHelpMaxPerVolunteer` people at a time (offers waiting for
// an answer count): their order row is locked while the live offers are counted, so parallel offers cannot
// pass the limit together.
export async function offerDelivery({
  actor,
  requestOrderId,
  now,
}: {
  actor: Actor;
  requestOrderId: string;
  now: Date;
}): Promise<{ offerId: string }> {
  return db().$transaction(async (tx) => {
    const target = await tx.order.findUnique({
      where: { id: requestOrderId },
      select: { distributionId: true, marketId: true },
    });
    if (!target) throw new DomainError("NOT_FOUND");
    requireMarketRight(actor, target.marketId, "member");
    await requireVerifiedEmail(tx, actor.userId);
    const mine = await tx.order.findUnique({
      where: { distributionId_userId: { distributionId: target.distributionId, userId: actor.userId } },
      select: { id: true },
    });
    if (!mine || mine.id === requestOrderId) throw new DomainError("FORBIDDEN");
    await lockOrder(tx, mine.id);
    await lockOrder(tx, requestOrderId, "share");

    const volunteer = await tx.order.findUniqueOrThrow({
      where: { id: mine.id },
      select: {
        deliveryHelp: true,
        confirmedAt: true,
        _count: { select: { lines: true } },
        user: { select: { firstName: true, lastName: true } },
        market: { select: { deliveryHelpEnabled: true, deliveryHelpMaxPerVolunteer: true } },
        distribution: { select: noticeDistributionSelect },
      },
    });
    if (!volunteer.market.deliveryHelpEnabled) throw new DomainError("DELIVERY_HELP_DISABLED");
    if (volunteer.deliveryHelp !== "CAN_DELIVER") throw new DomainError("FORBIDDEN");
    if (!hasConfirmedBasket(volunteer)) throw new DomainError("DELIVERY_HELP_BASKET_NOT_CONFIRMED");
    if (volunteer.distribution.pickupEndAt <= now) throw new DomainError("DELIVERY_HELP_CLOSED");

    const request = await tx.order.findUniqueOrThrow({
      where: { id: requestOrderId },
      select: {
        deliveryHelp: true,
        deliveryConsentAt: true,
        user: { select: { id: true, email: true, locale: true } },
        deliveryOffersReceived: {
          where: { OR: [{ status: "ACCEPTED" }, { volunteerOrderId: mine.id }] },
          select: { status: true, volunteerOrderId: true },
        },
      },
    });
    if (request.deliveryHelp !== "NEEDS_DELIVERY" || !request.deliveryConsentAt) throw new DomainError("NOT_FOUND");
    const fromMe = request.deliveryOffersReceived.filter((o) => o.volunteerOrderId === mine.id);
    if (fromMe.some((o) => FINAL_FOR_PAIR_STATUSES.includes(o.status))) throw new DomainError("DELIVERY_OFFER_REFUSED");
    if (fromMe.some((o) => LIVE_OFFER_STATUSES.includes(o.status))) throw new DomainError("DELIVERY_ALREADY_OFFERED");
    if (request.deliveryOffersReceived.some((o) => o.status === "ACCEPTED"))
      throw new DomainError("DELIVERY_ALREADY_MATCHED");

    const live = await tx.deliveryOffer.count({
      where: { volunteerOrderId: mine.id, status: { in: LIVE_OFFER_STATUSES } },
    });
    if (live >= volunteer.market.deliveryHelpMaxPerVolunteer) throw new DomainError("DELIVERY_VOLUNTEER_LIMIT");

    const offer = await tx.deliveryOffer.create({
      data: { requestOrderId, volunteerOrderId: mine.id, status: "OFFERED", createdAt: now },
      select: { id: true },
    });
    await queueDeliveryNotice(tx, {
      kind: "offered",
      offerId: offer.id,
      recipient: request.user,
      other: volunteerDisplayName(volunteer.user),
      pageOrderId: requestOrderId,
      distribution: volunteer.distribution,
    });
    return { offerId: offer.id };
  });
}
