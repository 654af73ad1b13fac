import { db } from "@/lib/db/client";
import { noticeContext, noticeDistributionSelect } from "./distribution-notice-context";
import { queueNotice } from "./queue-notice";

// « Un mail automatique informe les clients à chaque ouverture de commande (sauf s'ils la désactivent) ».
// Each distribution is claimed by setting openingNoticeAt in the same transaction that queues the mails,
// so concurrent runs queue them once (and the dedupe keys would absorb a repeat anyway).
export async function queueSaleOpeningNotices({ now, appUrl }: { now: Date; appUrl: string }) {
  const due = await db().distribution.findMany({
    where: { openingNoticeAt: null, ordersOpenAt: { lte: now }, ordersCloseAt: { gt: now } },
    select: { id: true },
    take: 50,
  });
  let queued = 0;
  for (const { id } of due) {
    queued += await db().$transaction(
      async (tx) => {
        const claim = await tx.distribution.updateMany({ where: { id, openingNoticeAt: null }, data: { openingNoticeAt: now } });
        if (claim.count === 0) return 0;
        const d = await tx.distribution.findUniqueOrThrow({ where: { id }, select: noticeDistributionSelect });
        const members = await tx.membership.findMany({
          where: { marketId: d.market.id, leftAt: null, user: { notifySaleOpening: true } },
          select: { user: { select: { id: true, email: true, locale: true } } },
        });
        for (const { user } of members) {
          const { t, at, pickupLine, locale } = noticeContext(d, user.locale);
          const e = t.emails;
          await queueNotice(tx, {
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
            },
          });
        }
        return members.length;
      },
      { timeout: 120_000 },
    );
  }
  return { queued };
}
