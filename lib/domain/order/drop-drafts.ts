import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { noticeContext, type NoticeDistribution } from "../notice/distribution-notice-context";
import { queueNotice } from "../notice/queue-notice";
import { releaseHeldStock } from "./basket-stock";

// At the close of orders, the baskets never confirmed are dropped: their stock goes back, their lines and any
// slot booking are deleted, and the row is marked (`droppedAt`) rather than deleted, so its basket number is
// never handed out again and a card payment settling late still finds it (and leaves the money as credit).
// Each shopper who had something in it is told, in their language. Runs in the close job's transaction, once
// per distribution; the drafts are locked with the condition checked again on each row as it is then, so one
// confirmed a moment before is left alone. Returns how many e-mails were queued.
export async function dropDrafts(
  tx: Tx,
  distribution: NoticeDistribution,
  { now, appUrl }: { now: Date; appUrl: string },
): Promise<number> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Order"
    WHERE "distributionId" = ${distribution.id} AND "confirmedAt" IS NULL AND "droppedAt" IS NULL
    ORDER BY "id" FOR UPDATE`;
  const drafts = await tx.order.findMany({
    where: { id: { in: locked.map((d) => d.id) } },
    select: {
      id: true,
      _count: { select: { lines: true } },
      user: { select: { email: true, locale: true, deletedAt: true } },
    },
  });
  let queued = 0;
  for (const { id, ...draft } of drafts) {
    await releaseHeldStock(tx, id);
    await tx.orderLine.deleteMany({ where: { orderId: id } });
    await tx.slotBooking.deleteMany({ where: { orderId: id } });
    await tx.order.update({
      where: { id },
      data: { droppedAt: now, stockHeldUntil: null, stockCuts: Prisma.DbNull },
    });
    if (draft._count.lines === 0 || draft.user.deletedAt) continue;
    const { contact, t, locale, day } = noticeContext(distribution, draft.user.locale);
    const e = t.emails.draftDropped;
    await queueNotice(tx, {
      contact,
      dedupeKey: `draft-dropped:${id}`,
      to: draft.user.email,
      fromName: distribution.market.name,
      subject: e.subject(distribution.market.name),
      template: "draft-dropped",
      props: {
        lang: locale,
        preview: e.heading,
        heading: e.heading,
        paragraphs: [e.body(day)],
        action: { label: e.action, url: `${appUrl}/m/${distribution.market.slug}` },
        footer: t.emails.footerMember(distribution.market.name),
      },
    });
    queued++;
  }
  return queued;
}
