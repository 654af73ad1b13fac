import { db } from "@/lib/db/client";
import { hasMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { deliveryContactsUntil } from "./contact-deadline";
import { deliveryAddress } from "./display-names";

// The logistics page of a distribution, for the market's admins: every open delivery request with its live
// offers, so they can see who is still waiting and undo a match. Contact details (the person's, and the
// accepted volunteer's) are included only until the end of the day after the distribution, as for the two
// people themselves.
export async function listDeliveryRequests({
  actor,
  distributionId,
  now,
}: {
  actor: Actor;
  distributionId: string;
  now: Date;
}) {
  const d = await db().distribution.findUnique({
    where: { id: distributionId },
    select: { marketId: true, day: true, market: { select: { timeZone: true } } },
  });
  if (!d || !hasMarketRight(actor, d.marketId, "admin")) throw new DomainError("NOT_FOUND");
  const contactsUntil = deliveryContactsUntil(d, d.market.timeZone);
  const contactsOpen = now < contactsUntil;
  const requests = await db().order.findMany({
    where: { distributionId, deliveryHelp: "NEEDS_DELIVERY", deliveryConsentAt: { not: null } },
    orderBy: { basketNumber: "asc" },
    select: {
      id: true,
      basketNumber: true,
      user: {
        select: { firstName: true, lastName: true, email: true, phone: true, address: true, zipCode: true, city: true },
      },
      deliveryOffersReceived: {
        where: { status: { in: ["OFFERED", "ACCEPTED"] } },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          status: true,
          volunteerOrder: {
            select: { user: { select: { firstName: true, lastName: true, email: true, phone: true } } },
          },
        },
      },
    },
  });
  return {
    contactsUntil,
    contactsOpen,
    requests: requests.map((r) => ({
      orderId: r.id,
      basketNumber: r.basketNumber,
      name: `${r.user.lastName.toUpperCase()} ${r.user.firstName}`,
      city: r.user.city,
      contact: contactsOpen ? { phone: r.user.phone, address: deliveryAddress(r.user), email: r.user.email } : null,
      offers: r.deliveryOffersReceived.map((o) => {
        const v = o.volunteerOrder.user;
        return {
          offerId: o.id,
          accepted: o.status === "ACCEPTED",
          volunteer: `${v.lastName.toUpperCase()} ${v.firstName}`,
          contact: o.status === "ACCEPTED" && contactsOpen ? { phone: v.phone, email: v.email } : null,
        };
      }),
    })),
  };
}
