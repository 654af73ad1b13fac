import { db } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { requireProducerUser, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { queueNotice } from "../notice/queue-notice";
import { activateLink } from "./link-catalog";

// The producer's answer to a market that asked to link one of its catalogs; the admin who asked is told.
export async function answerLinkRequest({
  actor,
  requestId,
  accept,
  appUrl,
  now,
}: {
  actor: Actor;
  requestId: string;
  accept: boolean;
  appUrl: string;
  now: Date;
}) {
  return db().$transaction(async (tx) => {
    const request = await tx.catalogLinkRequest.findUnique({
      where: { id: requestId },
      select: {
        catalogId: true,
        marketId: true,
        market: { select: { name: true } },
        catalog: { select: { name: true, producerId: true, producer: { select: { name: true } } } },
        requestedBy: { select: { email: true, locale: true } },
      },
    });
    if (!request) throw new DomainError("NOT_FOUND");
    requireProducerUser(actor, request.catalog.producerId);
    const answered = await tx.catalogLinkRequest.updateMany({
      where: { id: requestId, status: "PENDING" },
      data: { status: accept ? "ACCEPTED" : "DECLINED", answeredAt: now },
    });
    if (answered.count === 0) throw new DomainError("LINK_REQUEST_ANSWERED");
    if (accept) await activateLink(tx, { catalogId: request.catalogId, marketId: request.marketId, now });

    const locale = isLocale(request.requestedBy.locale) ? request.requestedBy.locale : "fr";
    const t = messagesFor(locale);
    const e = t.admin.linkAnswerEmail;
    const subject = e.subject(request.catalog.producer.name, accept);
    await queueNotice(tx, {
      dedupeKey: `link-answer:${requestId}`,
      to: request.requestedBy.email,
      fromName: request.catalog.producer.name,
      subject,
      template: "catalog-link-answer",
      props: {
        lang: locale,
        preview: subject,
        heading: subject,
        paragraphs: [e.body(request.catalog.name, request.market.name, accept)],
        action: { label: e.action, url: `${appUrl}/admin/${request.marketId}/catalogues` },
        footer: t.emails.footerMember(request.market.name),
      },
    });
    return { accepted: accept };
  });
}
