import { unsubscribeUrl } from "@/lib/email/unsubscribe-token";
import { noticeContext, noticeDistributionSelect } from "./distribution-notice-context";
import { forEachDueDistribution } from "./for-each-due-distribution";
import { queueNotice } from "./queue-notice";

// « Un mail automatique informe les clients à chaque ouverture de commande (sauf s'ils la désactivent) ».
// Only once a producer's catalog has accepted the sale: members are not called to a shop with nothing in it (the
// admin's list of distributions says so); a sale whose first catalog accepts while it is open is announced then.
// Concurrent runs queue them once (forEachDueDistribution), and the dedupe keys would absorb a repeat anyway.
export async function queueSaleOpeningNotices({ now, appUrl }: { now: Date; appUrl: string }) {
  return forEachDueDistribution(
    {
      where: {
        ordersOpenAt: { lte: now },
        ordersCloseAt: { gt: now },
        participations: { some: { status: "ACCEPTED" } },
      },
      flag: "openingNoticeAt",
      now,
    },
    async (tx, id) => {
      const d = await tx.distribution.findUniqueOrThrow({ where: { id }, select: noticeDistributionSelect });
      const members = await tx.membership.findMany({
        where: { marketId: d.market.id, leftAt: null, user: { notifySaleOpening: true } },
        select: { user: { select: { id: true, email: true, locale: true } } },
      });
      for (const { user } of members) {
        const { contact, t, at, pickupLine, locale } = noticeContext(d, user.locale);
        const e = t.emails;
        await queueNotice(tx, {
          contact,
          dedupeKey: `sale-opening:${d.id}:${user.id}`,
          to: user.email,
          fromName: d.market.name,
          subject: e.saleOpening.subject(d.market.name),
          template: "sale-opening",
          props: {
            lang: locale,
            preview: e.saleOpening.heading,
            heading: e.saleOpening.heading,
            paragraphs: [pickupLine, e.saleOpening.deadline(at(d.ordersCloseAt, t.market.dateTimeFormat))],
            action: { label: e.saleOpening.action, url: `${appUrl}/m/${d.market.slug}/distributions/${d.id}` },
            footer: e.footerMember(d.market.name),
            unsubscribe: {
              label: e.unsubscribe.saleOpening,
              url: unsubscribeUrl(appUrl, { kind: "SALE_OPENING", userId: user.id }),
            },
          },
        });
      }
      return members.length;
    },
  );
}
