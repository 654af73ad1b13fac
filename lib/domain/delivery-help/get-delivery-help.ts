import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { DomainError } from "../errors";
import { hasConfirmedBasket } from "../order/confirmed-basket";
import { deliveryContactsUntil } from "./contact-deadline";
import { deliveryAddress, volunteerDisplayName } from "./display-names";
import { FINAL_FOR_PAIR_STATUSES, LIVE_OFFER_STATUSES } from "./offer-status";

const contactSelect = {
  firstName: true,
  lastName: true,
  email: true,
  phone: true,
  address: true,
  zipCode: true,
  city: true,
} as const;

// The delivery-help part of a shopper's pick-up page, for their own order only. Contact details come out of
// here only for an ACCEPTED offer between this order and the other one, and only before the deadline
// (contact-deadline.ts): the person in need gets the volunteer's phone and e-mail, the volunteer gets the
// person's phone, address and e-mail. Before a match a volunteer sees first names and towns, a person in
// need sees « Louis P. ».
export async function getDeliveryHelp({ actor, orderId, now }: { actor: Actor; orderId: string; now: Date }) {
  const order = await db().order.findFirst({
    where: { id: orderId, userId: actor.userId },
    select: {
      id: true,
      distributionId: true,
      deliveryHelp: true,
      confirmedAt: true,
      _count: { select: { lines: true } },
      market: { select: { timeZone: true, deliveryHelpMaxPerVolunteer: true } },
      distribution: { select: { day: true, pickupEndAt: true } },
    },
  });
  if (!order) throw new DomainError("NOT_FOUND");
  const contactsUntil = deliveryContactsUntil(order.distribution, order.market.timeZone);
  const contactsOpen = now < contactsUntil;
  const base = {
    status: order.deliveryHelp,
    basketConfirmed: hasConfirmedBasket(order),
    closed: order.distribution.pickupEndAt <= now,
    contactsUntil,
  };

  if (order.deliveryHelp === "NEEDS_DELIVERY") {
    const offers = await db().deliveryOffer.findMany({
      where: { requestOrderId: order.id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        status: true,
        volunteerOrder: { select: { user: { select: contactSelect } } },
      },
    });
    return {
      ...base,
      kind: "person" as const,
      offers: offers.map((o) => {
        const v = o.volunteerOrder.user;
        return {
          offerId: o.id,
          status: o.status,
          volunteer: volunteerDisplayName(v),
          contact: o.status === "ACCEPTED" && contactsOpen ? { phone: v.phone, email: v.email } : null,
        };
      }),
    };
  }

  if (order.deliveryHelp === "CAN_DELIVER") {
    const [made, requests] = await Promise.all([
      db().deliveryOffer.findMany({
        where: { volunteerOrderId: order.id },
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          status: true,
          requestOrderId: true,
          requestOrder: { select: { user: { select: contactSelect } } },
        },
      }),
      base.basketConfirmed
        ? db().order.findMany({
            where: {
              distributionId: order.distributionId,
              deliveryHelp: "NEEDS_DELIVERY",
              deliveryConsentAt: { not: null },
              id: { not: order.id },
              deliveryOffersReceived: { none: { status: "ACCEPTED" } },
            },
            orderBy: { basketNumber: "asc" },
            select: { id: true, user: { select: { firstName: true, city: true } } },
          })
        : Promise.resolve([]),
    ]);
    // The latest offer per person; a person whose offer is live is listed with it, not among the requests.
    const latest = new Map<string, (typeof made)[number]>();
    for (const o of made) if (!latest.has(o.requestOrderId)) latest.set(o.requestOrderId, o);
    const blocked = new Set(
      made.filter((o) => FINAL_FOR_PAIR_STATUSES.includes(o.status)).map((o) => o.requestOrderId),
    );
    const live = made.filter((o) => LIVE_OFFER_STATUSES.includes(o.status));
    return {
      ...base,
      kind: "volunteer" as const,
      maxOffers: order.market.deliveryHelpMaxPerVolunteer,
      liveOffers: live.length,
      offers: [...latest.values()].map((o) => {
        const p = o.requestOrder.user;
        return {
          offerId: o.id,
          status: o.status,
          firstName: p.firstName,
          city: p.city,
          contact:
            o.status === "ACCEPTED" && contactsOpen
              ? { name: `${p.firstName} ${p.lastName}`, phone: p.phone, address: deliveryAddress(p), email: p.email }
              : null,
        };
      }),
      requests: requests
        .filter((r) => !blocked.has(r.id) && !live.some((o) => o.requestOrderId === r.id))
        .map((r) => ({ orderId: r.id, firstName: r.user.firstName, city: r.user.city })),
    };
  }

  return { ...base, kind: order.deliveryHelp === "PICKUP_ONLY" ? ("pickupOnly" as const) : ("none" as const) };
}
