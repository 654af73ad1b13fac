import { db, type Tx } from "@/lib/db/client";
import type { ItemFailure, JobOutcome } from "../job/item-failures";
import { noticeContext, noticeDistributionSelect } from "./distribution-notice-context";
import { queueNotice } from "./queue-notice";

export const CLOSING_REMINDER_HOURS_BEFORE_CLOSE = 24;

// The one e-mail a member gets about a sale before it closes. Every reminder of that kind is queued under this
// key, so nobody gets two for one distribution: « finissez votre panier » below, and « les commandes ferment
// bientôt » to members without a basket, which the messaging issue adds to this job under the same key.
export function closingReminderKey(distributionId: string, userId: string): string {
  return `closing-reminder:${distributionId}:${userId}`;
}

// « Finissez votre panier »: in the last CLOSING_REMINDER_HOURS_BEFORE_CLOSE hours of a sale, each shopper
// whose basket is still a draft, and idle (its stock hold has lapsed: one being filled right now is left
// alone), gets a link to it. Not one flag per distribution: a draft left later in those hours is reminded on a
// later run. Each distribution in its own transaction, so one that fails does not keep the others' mails.
export async function queueClosingReminders({
  now,
  appUrl,
}: {
  now: Date;
  appUrl: string;
}): Promise<JobOutcome & { queued: number }> {
  const due = await db().distribution.findMany({
    where: {
      cancelledAt: null,
      ordersOpenAt: { lte: now },
      ordersCloseAt: { gt: now, lte: new Date(now.getTime() + CLOSING_REMINDER_HOURS_BEFORE_CLOSE * 3_600_000) },
    },
    select: { id: true },
    take: 50,
  });
  let queued = 0;
  let succeeded = 0;
  const failures: ItemFailure[] = [];
  for (const { id } of due) {
    try {
      queued += await db().$transaction((tx) => remindDrafts(tx, id, { now, appUrl }), { timeout: 120_000 });
      succeeded++;
    } catch (error) {
      failures.push({ item: "distribution", itemId: id, error });
    }
  }
  return { queued, succeeded, failures };
}

async function remindDrafts(
  tx: Tx,
  distributionId: string,
  { now, appUrl }: { now: Date; appUrl: string },
): Promise<number> {
  const d = await tx.distribution.findUniqueOrThrow({
    where: { id: distributionId },
    select: noticeDistributionSelect,
  });
  const drafts = await tx.order.findMany({
    where: {
      distributionId,
      confirmedAt: null,
      droppedAt: null,
      lines: { some: {} },
      OR: [{ stockHeldUntil: null }, { stockHeldUntil: { lte: now } }],
      user: { deletedAt: null },
    },
    select: { id: true, user: { select: { id: true, email: true, locale: true } } },
  });
  const reminded = new Set(
    (
      await tx.emailOutbox.findMany({
        where: { dedupeKey: { in: drafts.map((o) => closingReminderKey(distributionId, o.user.id)) } },
        select: { dedupeKey: true },
      })
    ).map((m) => m.dedupeKey),
  );
  let queued = 0;
  for (const { id, user } of drafts) {
    const key = closingReminderKey(distributionId, user.id);
    if (reminded.has(key)) continue;
    const { contact, t, at, locale, pickupLine } = noticeContext(d, user.locale);
    const e = t.emails.finishBasket;
    await queueNotice(tx, {
      contact,
      dedupeKey: key,
      to: user.email,
      fromName: d.market.name,
      subject: e.subject(d.market.name),
      template: "finish-basket",
      props: {
        lang: locale,
        preview: e.heading,
        heading: e.heading,
        paragraphs: [e.body(at(d.ordersCloseAt, t.market.dateTimeFormat)), pickupLine],
        action: { label: e.action, url: `${appUrl}/commande/${id}` },
        footer: t.emails.footerMember(d.market.name),
      },
    });
    queued++;
  }
  return queued;
}
