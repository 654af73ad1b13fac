import { db } from "@/lib/db/client";
import { noticeContext, noticeDistributionSelect } from "./distribution-notice-context";
import { queueNotice } from "./queue-notice";

export const REMINDER_HOURS_BEFORE_PICKUP = 24;

// The 24 h reminder, to shoppers who ordered and did not turn it off.
export async function queuePickupReminders({ now, appUrl }: { now: Date; appUrl: string }) {
  const due = await db().distribution.findMany({
    where: { reminderSentAt: null, pickupStartAt: { gt: now, lte: new Date(now.getTime() + REMINDER_HOURS_BEFORE_PICKUP * 3_600_000) } },
    select: { id: true },
    take: 50,
  });
  let queued = 0;
  for (const { id } of due) {
    queued += await db().$transaction(
      async (tx) => {
        const claim = await tx.distribution.updateMany({ where: { id, reminderSentAt: null }, data: { reminderSentAt: now } });
        if (claim.count === 0) return 0;
        const d = await tx.distribution.findUniqueOrThrow({ where: { id }, select: noticeDistributionSelect });
        const orders = await tx.order.findMany({
          where: { distributionId: id, lines: { some: {} }, user: { notifyReminder: true } },
          select: { basketNumber: true, user: { select: { id: true, email: true, locale: true } } },
        });
        for (const { basketNumber, user } of orders) {
          const { t, pickupLine, locale } = noticeContext(d, user.locale);
          const e = t.emails;
          await queueNotice(tx, {
            dedupeKey: `reminder:${d.id}:${user.id}`,
            to: user.email,
            fromName: d.market.name,
            subject: e.reminder.subject(d.market.name),
            template: "pickup-reminder",
            props: {
              lang: locale,
              preview: e.reminder.heading,
              heading: e.reminder.heading,
              paragraphs: [pickupLine, e.reminder.basket(basketNumber)],
              action: { label: e.reminder.action, url: `${appUrl}/compte` },
              footer: e.footerMember(d.market.name),
            },
          });
        }
        return orders.length;
      },
      { timeout: 120_000 },
    );
  }
  return { queued };
}
