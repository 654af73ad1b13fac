import { db } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import type { Actor } from "../access/actor";
import { DomainError } from "../errors";
import { noticeContext, noticeDistributionSelect } from "../notice/distribution-notice-context";
import { queueNotice } from "../notice/queue-notice";

// A volunteer picks a person in need. The conditional update makes the first volunteer win; both then get
// the other's contacts by e-mail, in the same transaction.
export async function volunteerToDeliver({
  actor,
  requestOrderId,
  now,
}: {
  actor: Actor;
  requestOrderId: string;
  now: Date;
}) {
  await db().$transaction(async (tx) => {
    const request = await tx.order.findUnique({
      where: { id: requestOrderId },
      select: {
        distributionId: true,
        deliveryHelp: true,
        deliveryConsentAt: true,
        basketNumber: true,
        user: {
          select: {
            id: true,
            email: true,
            firstName: true,
            lastName: true,
            phone: true,
            address: true,
            zipCode: true,
            city: true,
            locale: true,
          },
        },
      },
    });
    if (!request || request.deliveryHelp !== "NEEDS_DELIVERY" || !request.deliveryConsentAt)
      throw new DomainError("NOT_FOUND");
    const volunteerOrder = await tx.order.findFirst({
      where: { distributionId: request.distributionId, userId: actor.userId, deliveryHelp: "CAN_DELIVER" },
      select: {
        user: { select: { id: true, email: true, firstName: true, lastName: true, phone: true, locale: true } },
      },
    });
    if (!volunteerOrder) throw new DomainError("FORBIDDEN");
    if (request.user.id === actor.userId) throw new DomainError("FORBIDDEN");
    const claim = await tx.order.updateMany({
      where: { id: requestOrderId, deliveryHelperId: null },
      data: { deliveryHelperId: actor.userId },
    });
    if (claim.count === 0) throw new DomainError("DELIVERY_ALREADY_MATCHED");

    const d = await tx.distribution.findUniqueOrThrow({
      where: { id: request.distributionId },
      select: noticeDistributionSelect,
    });
    const volunteer = volunteerOrder.user;
    const person = request.user;
    const address = [person.address, [person.zipCode, person.city].filter(Boolean).join(" ")]
      .filter(Boolean)
      .join(", ");
    for (const [to, other, role] of [
      [
        volunteer,
        `${person.firstName} ${person.lastName} — ${person.phone ?? ""} — ${address} — ${person.email}`,
        "volunteer",
      ],
      [
        person,
        `${volunteer.firstName} ${volunteer.lastName} — ${volunteer.phone ?? ""} — ${volunteer.email}`,
        "person",
      ],
    ] as const) {
      const { pickupLine, locale } = noticeContext(d, to.locale);
      const e = messagesFor(isLocale(locale) ? locale : "fr").logistics.deliveryEmail;
      await queueNotice(tx, {
        dedupeKey: `delivery-match:${requestOrderId}:${to.id}:${now.getTime()}`,
        to: to.email,
        fromName: d.market.name,
        subject: e.subject(d.market.name),
        template: "delivery-match",
        props: {
          lang: locale,
          preview: e.subject(d.market.name),
          heading: role === "volunteer" ? e.headingVolunteer : e.headingPerson,
          paragraphs: [
            pickupLine,
            role === "volunteer" ? e.basket(request.basketNumber) : "",
            e.contact(other),
            e.agree,
          ].filter(Boolean),
          footer: messagesFor(isLocale(locale) ? locale : "fr").emails.footerMember(d.market.name),
        },
      });
    }
  });
}
