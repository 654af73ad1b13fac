import { db } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { noticeContext, noticeDistributionSelect } from "../notice/distribution-notice-context";
import { queueNotice } from "../notice/queue-notice";

// « Inviter sur cette vente »: every linked catalog that has not answered yet is invited; each of its
// producer's users gets an in-app notification and an e-mail, in the same transaction.
export async function inviteCatalogs({
  actor,
  marketId,
  distributionId,
  now,
  appUrl,
}: {
  actor: Actor;
  marketId: string;
  distributionId: string;
  now: Date;
  appUrl: string;
}) {
  requireMarketRight(actor, marketId, "admin");
  return db().$transaction(async (tx) => {
    const d = await tx.distribution.findFirst({
      where: { id: distributionId, marketId },
      select: noticeDistributionSelect,
    });
    if (!d) throw new DomainError("NOT_FOUND");
    const links = await tx.catalogLink.findMany({
      where: {
        marketId,
        unlinkedAt: null,
        catalog: { participations: { none: { distributionId, status: { in: ["ACCEPTED", "DECLINED"] } } } },
      },
      select: {
        catalog: {
          select: {
            id: true,
            name: true,
            producer: {
              select: { id: true, users: { select: { user: { select: { id: true, email: true, locale: true } } } } },
            },
          },
        },
      },
    });
    for (const { catalog } of links) {
      await tx.participation.upsert({
        where: { distributionId_catalogId: { distributionId, catalogId: catalog.id } },
        create: { distributionId, catalogId: catalog.id, status: "INVITED", invitedAt: now },
        update: { invitedAt: now },
      });
      for (const { user } of catalog.producer.users) {
        const { pickupLine, day, locale } = noticeContext(d, user.locale);
        const t = messagesFor(isLocale(locale) ? locale : "fr");
        await tx.notification.create({
          data: {
            userId: user.id,
            kind: "participation.invited",
            params: { market: d.market.name, day, catalog: catalog.name },
            url: "/producteur/ventes",
          },
        });
        await queueNotice(tx, {
          dedupeKey: `invite:${distributionId}:${catalog.id}:${user.id}:${now.getTime()}`,
          to: user.email,
          fromName: d.market.name,
          subject: t.admin.inviteEmail.subject(d.market.name, day),
          template: "participation-invite",
          props: {
            lang: locale,
            preview: t.admin.inviteEmail.subject(d.market.name, day),
            heading: t.admin.inviteEmail.heading,
            paragraphs: [t.admin.inviteEmail.body(d.market.name, catalog.name), pickupLine],
            action: { label: t.admin.inviteEmail.action, url: `${appUrl}/producteur/ventes` },
            footer: t.emails.footerProducer(d.market.name),
          },
        });
      }
    }
    return { invited: links.length };
  });
}
