import type { Tx } from "@/lib/db/client";
import { noticeContext, type NoticeDistribution } from "../notice/distribution-notice-context";
import { queueNotice } from "../notice/queue-notice";

export const catalogProducerSelect = {
  id: true,
  name: true,
  producer: { select: { users: { select: { user: { select: { id: true, email: true, locale: true } } } } } },
} as const;

type CatalogWithProducerUsers = {
  id: string;
  name: string;
  producer: { users: { user: { id: string; email: string; locale: string } }[] };
};

// The market invites a catalog to a sale, or no longer expects it there: each of its producer's users gets an
// in-app notification and an e-mail, in the transaction of the change.
export async function tellCatalogProducers(
  tx: Tx,
  {
    distribution: d,
    catalog,
    notice,
    now,
    appUrl,
  }: {
    distribution: NoticeDistribution;
    catalog: CatalogWithProducerUsers;
    notice: "invited" | "cancelled";
    now: Date;
    appUrl: string;
  },
) {
  for (const { user } of catalog.producer.users) {
    const { t, pickupLine, day, locale } = noticeContext(d, user.locale);
    const e = notice === "invited" ? t.admin.inviteEmail : t.admin.participationCancelledEmail;
    await tx.notification.create({
      data: {
        userId: user.id,
        kind: `participation.${notice}`,
        params: { market: d.market.name, day, catalog: catalog.name },
        url: "/producteur/ventes",
      },
    });
    await queueNotice(tx, {
      dedupeKey: `${notice === "invited" ? "invite" : "participation-cancelled"}:${d.id}:${catalog.id}:${user.id}:${now.getTime()}`,
      to: user.email,
      fromName: d.market.name,
      subject: e.subject(d.market.name, day),
      template: notice === "invited" ? "participation-invite" : "participation-cancelled",
      props: {
        lang: locale,
        preview: e.subject(d.market.name, day),
        heading: e.heading,
        paragraphs: [e.body(d.market.name, catalog.name), pickupLine],
        action: { label: e.action, url: `${appUrl}/producteur/ventes` },
        footer: t.emails.footerProducer(d.market.name),
      },
    });
  }
}
