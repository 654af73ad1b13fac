import { db } from "@/lib/db/client";
import type { ItemFailure } from "../job/item-failures";
import { isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { noticeContext, noticeDistributionSelect } from "../notice/distribution-notice-context";
import { queueNotice } from "../notice/queue-notice";
import { daysAfter, DUTY_INSTRUCTIONS_DAYS_BEFORE, DUTY_VACANCY_ALERT_DAYS_BEFORE } from "./duty-rules";

// Instructions to each volunteer 4 days before, and a vacant-role alert to the admins 7 days before; each shift
// is claimed by its flag so concurrent runs mail once. Each shift is handled on its own transaction: one that
// fails rolls back with its flag and is tried again on the next run, the others go on.
export async function queueDutyNotices({ now }: { now: Date }) {
  let queued = 0;
  let succeeded = 0;
  const failures: ItemFailure[] = [];
  const eachShift = async (id: string, handle: () => Promise<number | null>) => {
    try {
      const count = await handle();
      if (count === null) return;
      queued += count;
      succeeded++;
    } catch (error) {
      failures.push({ item: "dutyShift", itemId: id, error });
    }
  };
  const instructions = await db().dutyShift.findMany({
    where: {
      userId: { not: null },
      instructionsSentAt: null,
      distribution: { pickupStartAt: { gt: now, lte: daysAfter(now, DUTY_INSTRUCTIONS_DAYS_BEFORE) } },
    },
    select: { id: true },
  });
  for (const { id } of instructions) {
    await eachShift(id, () =>
      db().$transaction(async (tx) => {
        const claim = await tx.dutyShift.updateMany({
          where: { id, instructionsSentAt: null, userId: { not: null } },
          data: { instructionsSentAt: now },
        });
        if (claim.count === 0) return null;
        const shift = await tx.dutyShift.findUniqueOrThrow({
          where: { id },
          select: {
            role: { select: { name: true, description: true } },
            user: { select: { id: true, email: true, locale: true } },
            distribution: { select: noticeDistributionSelect },
          },
        });
        const user = shift.user!;
        const { pickupLine, locale } = noticeContext(shift.distribution, user.locale);
        const e = messagesFor(isLocale(locale) ? locale : "fr").logistics.dutyEmail;
        await queueNotice(tx, {
          dedupeKey: `duty-instructions:${id}:${user.id}`,
          to: user.email,
          fromName: shift.distribution.market.name,
          subject: e.instructionsSubject(shift.distribution.market.name, shift.role.name),
          template: "duty-instructions",
          props: {
            lang: locale,
            preview: e.instructionsHeading(shift.role.name),
            heading: e.instructionsHeading(shift.role.name),
            paragraphs: [pickupLine, shift.role.description ?? "", e.thanks].filter(Boolean),
            footer: messagesFor(isLocale(locale) ? locale : "fr").emails.footerMember(shift.distribution.market.name),
          },
        });
        return 1;
      }),
    );
  }
  const vacant = await db().dutyShift.findMany({
    where: {
      userId: null,
      vacancyAlertAt: null,
      role: { active: true },
      distribution: { pickupStartAt: { gt: now, lte: daysAfter(now, DUTY_VACANCY_ALERT_DAYS_BEFORE) } },
    },
    select: { id: true },
  });
  for (const { id } of vacant) {
    await eachShift(id, () =>
      db().$transaction(async (tx) => {
        const claim = await tx.dutyShift.updateMany({
          where: { id, vacancyAlertAt: null, userId: null },
          data: { vacancyAlertAt: now },
        });
        if (claim.count === 0) return null;
        const shift = await tx.dutyShift.findUniqueOrThrow({
          where: { id },
          select: { role: { select: { name: true } }, distribution: { select: noticeDistributionSelect } },
        });
        const admins = await tx.membership.findMany({
          where: { marketId: shift.distribution.market.id, isAdmin: true, leftAt: null },
          select: { user: { select: { id: true, email: true, locale: true } } },
        });
        for (const { user } of admins) {
          const { pickupLine, locale } = noticeContext(shift.distribution, user.locale);
          const e = messagesFor(isLocale(locale) ? locale : "fr").logistics.dutyEmail;
          await queueNotice(tx, {
            dedupeKey: `duty-vacant:${id}:${user.id}`,
            to: user.email,
            fromName: shift.distribution.market.name,
            subject: e.vacantSubject(shift.distribution.market.name, shift.role.name),
            template: "duty-vacant",
            props: {
              lang: locale,
              preview: e.vacantSubject(shift.distribution.market.name, shift.role.name),
              heading: e.vacantHeading(shift.role.name),
              paragraphs: [pickupLine, e.vacantBody],
              footer: messagesFor(isLocale(locale) ? locale : "fr").emails.footerAdmin(shift.distribution.market.name),
            },
          });
        }
        return admins.length;
      }),
    );
  }
  return { queued, succeeded, failures };
}
