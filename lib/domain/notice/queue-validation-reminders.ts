import { db } from "@/lib/db/client";
import { noticeContext, noticeDistributionSelect } from "./distribution-notice-context";
import { queueNotice } from "./queue-notice";

const LATE_AFTER_MS = 3 * 24 * 3_600_000;

// « Validez votre distribution »: to the market's admins when pick-up starts, and again 3 days later if the
// distribution is still not validated.
export async function queueValidationReminders({ now, appUrl }: { now: Date; appUrl: string }) {
  let queued = 0;
  for (const late of [false, true]) {
    const field = late ? "validationReminder2At" : "validationReminderAt";
    const due = await db().distribution.findMany({
      where: { validatedAt: null, [field]: null, pickupStartAt: { lte: new Date(now.getTime() - (late ? LATE_AFTER_MS : 0)) } },
      select: { id: true },
      take: 50,
    });
    for (const { id } of due) {
      queued += await db().$transaction(async (tx) => {
        const claim = await tx.distribution.updateMany({ where: { id, validatedAt: null, [field]: null }, data: { [field]: now } });
        if (claim.count === 0) return 0;
        const d = await tx.distribution.findUniqueOrThrow({ where: { id }, select: noticeDistributionSelect });
        const admins = await tx.membership.findMany({
          where: { marketId: d.market.id, leftAt: null, isAdmin: true },
          select: { user: { select: { id: true, email: true, locale: true } } },
        });
        for (const { user } of admins) {
          const { t, day, locale } = noticeContext(d, user.locale);
          const e = t.emails.validate;
          await queueNotice(tx, {
            dedupeKey: `validate${late ? "-late" : ""}:${d.id}:${user.id}`,
            to: user.email,
            fromName: d.market.name,
            subject: late ? e.subjectLate(d.market.name, day) : e.subject(d.market.name, day),
            template: late ? "validate-distribution-late" : "validate-distribution",
            props: {
              lang: locale,
              preview: e.heading,
              heading: e.heading,
              paragraphs: late ? [e.body, e.late] : [e.body],
              action: { label: e.action, url: `${appUrl}/admin/${d.market.id}/distributions/${d.id}/validation` },
              footer: t.emails.footerAdmin(d.market.name),
            },
          });
        }
        return admins.length;
      });
    }
  }
  return { queued };
}
