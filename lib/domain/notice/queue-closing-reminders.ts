import { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/db/client";
import { unsubscribeUrl } from "@/lib/email/unsubscribe-token";
import type { ItemFailure, JobOutcome } from "../job/item-failures";
import { noticeContext, noticeDistributionSelect, type NoticeDistribution } from "./distribution-notice-context";
import { queueNotice } from "./queue-notice";

// What an admin may choose for « la commande ferme bientôt » (Market.closingReminderHours, a CHECK holds it).
export const CLOSING_REMINDER_HOURS = [24, 48] as const;
export type ClosingReminderHours = (typeof CLOSING_REMINDER_HOURS)[number];

// The one e-mail a member gets about a sale before it closes, whichever applies: « finissez votre panier » to a
// shopper whose basket is still a draft, « les commandes ferment bientôt » to a member with no basket at all.
// Both are queued under this key, so nobody gets two for one distribution, even from two runs at once.
export function closingReminderKey(distributionId: string, userId: string): string {
  return `closing-reminder:${distributionId}:${userId}`;
}

type Recipient = { id: string; email: string; locale: string };

// In the last hours of a sale (24 or 48, the market's choice). Not one flag per distribution: a draft left idle,
// or a member who joined, later in those hours is reminded on a later run; the keys already queued are skipped.
// Each distribution in its own transaction, so one that fails does not keep the others' mails.
export async function queueClosingReminders({
  now,
  appUrl,
}: {
  now: Date;
  appUrl: string;
}): Promise<JobOutcome & { queued: number }> {
  const due = await db().$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT d."id" FROM "Distribution" d JOIN "Market" m ON m."id" = d."marketId"
    WHERE d."cancelledAt" IS NULL AND d."ordersOpenAt" <= ${now} AND d."ordersCloseAt" > ${now}
      AND d."ordersCloseAt" - m."closingReminderHours" * INTERVAL '1 hour' <= ${now}
    ORDER BY d."ordersCloseAt"
    LIMIT 50`);
  let queued = 0;
  let succeeded = 0;
  const failures: ItemFailure[] = [];
  for (const { id } of due) {
    try {
      queued += await db().$transaction((tx) => remindDistribution(tx, id, { now, appUrl }), { timeout: 120_000 });
      succeeded++;
    } catch (error) {
      failures.push({ item: "distribution", itemId: id, error });
    }
  }
  return { queued, succeeded, failures };
}

async function remindDistribution(
  tx: Tx,
  distributionId: string,
  { now, appUrl }: { now: Date; appUrl: string },
): Promise<number> {
  const d = await tx.distribution.findUniqueOrThrow({
    where: { id: distributionId },
    select: { ...noticeDistributionSelect, participations: { where: { status: "ACCEPTED" }, select: { id: true } } },
  });
  const user = { select: { id: true, email: true, locale: true } } as const;
  // Drafts idle, i.e. whose stock hold has lapsed: one being filled right now is left alone.
  const drafts = await tx.order.findMany({
    where: {
      distributionId,
      confirmedAt: null,
      droppedAt: null,
      lines: { some: {} },
      OR: [{ stockHeldUntil: null }, { stockHeldUntil: { lte: now } }],
      user: { deletedAt: null },
    },
    select: { id: true, user },
  });
  // Members with nothing in a basket for this sale, who keep the reminders on; not called to a shop that no
  // catalog has joined.
  const idleMembers =
    d.participations.length === 0
      ? []
      : await tx.membership.findMany({
          where: {
            marketId: d.market.id,
            leftAt: null,
            user: {
              deletedAt: null,
              notifyReminder: true,
              orders: { none: { distributionId, droppedAt: null, lines: { some: {} } } },
            },
          },
          select: { user },
        });
  const reminders = [
    ...drafts.map((o) => ({ user: o.user, draftId: o.id })),
    ...idleMembers.map((m) => ({ user: m.user, draftId: null })),
  ];
  const reminded = new Set(
    (
      await tx.emailOutbox.findMany({
        where: { dedupeKey: { in: reminders.map((r) => closingReminderKey(distributionId, r.user.id)) } },
        select: { dedupeKey: true },
      })
    ).map((m) => m.dedupeKey),
  );
  let queued = 0;
  for (const { user, draftId } of reminders) {
    const key = closingReminderKey(distributionId, user.id);
    if (reminded.has(key)) continue;
    reminded.add(key);
    await queueReminder(tx, d, user, key, { draftId, appUrl });
    queued++;
  }
  return queued;
}

// Both reminders say when orders close and where the basket is picked up; they differ by what they ask and link
// to (the draft itself, or the sale's page) and by the opt-out (a draft's reminder is about the shopper's own basket).
async function queueReminder(
  tx: Tx,
  d: NoticeDistribution,
  user: Recipient,
  dedupeKey: string,
  { draftId, appUrl }: { draftId: string | null; appUrl: string },
) {
  const { contact, t, at, locale, pickupLine } = noticeContext(d, user.locale);
  const e = draftId ? t.emails.finishBasket : t.emails.closingSoon;
  await queueNotice(tx, {
    contact,
    dedupeKey,
    to: user.email,
    fromName: d.market.name,
    subject: e.subject(d.market.name),
    template: draftId ? "finish-basket" : "orders-close-soon",
    props: {
      lang: locale,
      preview: e.heading,
      heading: e.heading,
      paragraphs: [e.body(at(d.ordersCloseAt, t.market.dateTimeFormat)), pickupLine],
      action: {
        label: e.action,
        url: draftId ? `${appUrl}/commande/${draftId}` : `${appUrl}/m/${d.market.slug}/distributions/${d.id}`,
      },
      footer: t.emails.footerMember(d.market.name),
      unsubscribe: draftId
        ? undefined
        : { label: t.emails.unsubscribe.reminder, url: unsubscribeUrl(appUrl, { kind: "REMINDER", userId: user.id }) },
    },
  });
}
