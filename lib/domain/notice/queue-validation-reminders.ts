import type { ItemFailure } from "../job/item-failures";
import { noticeContext, noticeDistributionSelect } from "./distribution-notice-context";
import { forEachDueDistribution } from "./for-each-due-distribution";
import { queueNotice } from "./queue-notice";

const LATE_AFTER_MS = 3 * 24 * 3_600_000;

// « Validez votre distribution »: to the market's admins when pick-up starts, and again 3 days later if the
// distribution is still not validated.
export async function queueValidationReminders({ now, appUrl }: { now: Date; appUrl: string }) {
  let outcome = { queued: 0, succeeded: 0, failures: [] as ItemFailure[] };
  for (const late of [false, true]) {
    const where = { validatedAt: null, pickupStartAt: { lte: new Date(now.getTime() - (late ? LATE_AFTER_MS : 0)) } };
    const run = await forEachDueDistribution(
      { where, flag: late ? "validationReminder2At" : "validationReminderAt", now },
      async (tx, id) => {
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
      },
    );
    outcome = {
      queued: outcome.queued + run.queued,
      succeeded: outcome.succeeded + run.succeeded,
      failures: [...outcome.failures, ...run.failures],
    };
  }
  return outcome;
}
