import { unsubscribeUrl } from "@/lib/email/unsubscribe-token";
import { confirmedBasket } from "../order/confirmed-basket";
import { noticeContext, noticeDistributionSelect } from "./distribution-notice-context";
import { forEachDueDistribution } from "./for-each-due-distribution";
import { queueNotice } from "./queue-notice";

export const REMINDER_HOURS_BEFORE_PICKUP = 24;

// The 24 h reminder, to shoppers who ordered (a confirmed basket: drafts were dropped at close) and did not
// turn it off.
export async function queuePickupReminders({ now, appUrl }: { now: Date; appUrl: string }) {
  return forEachDueDistribution(
    {
      where: { pickupStartAt: { gt: now, lte: new Date(now.getTime() + REMINDER_HOURS_BEFORE_PICKUP * 3_600_000) } },
      flag: "reminderSentAt",
      now,
    },
    async (tx, id) => {
      const d = await tx.distribution.findUniqueOrThrow({ where: { id }, select: noticeDistributionSelect });
      const orders = await tx.order.findMany({
        where: { distributionId: id, ...confirmedBasket, user: { notifyReminder: true } },
        select: { basketNumber: true, user: { select: { id: true, email: true, locale: true } } },
      });
      for (const { basketNumber, user } of orders) {
        const { contact, t, pickupLine, locale } = noticeContext(d, user.locale);
        const e = t.emails;
        await queueNotice(tx, {
          contact,
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
            unsubscribe: {
              label: e.unsubscribe.reminder,
              url: unsubscribeUrl(appUrl, { kind: "REMINDER", userId: user.id }),
            },
          },
        });
      }
      return orders.length;
    },
  );
}
