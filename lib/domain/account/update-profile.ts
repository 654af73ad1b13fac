import { db } from "@/lib/db/client";
import type { ProfileInput } from "@/lib/validation/shop";
import type { Actor } from "../access/actor";

// Only the actor's own profile: the id comes from the session, never from the form.
export async function updateProfile({ actor, input }: { actor: Actor; input: Partial<ProfileInput> }) {
  await db().user.update({ where: { id: actor.userId }, data: input, select: { id: true } });
}

// The automatic e-mails, and for each market the person is in (or unsubscribed from), whether its messages
// reach them. Other markets' ids in `marketMessages` are ignored.
export async function updateEmailPreferences({
  actor,
  notifySaleOpening,
  notifyReminder,
  receiptByEmail,
  marketMessages = {},
  now,
}: {
  actor: Actor;
  notifySaleOpening: boolean;
  notifyReminder: boolean;
  receiptByEmail?: boolean;
  marketMessages?: Record<string, boolean>;
  now: Date;
}) {
  await db().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.userId },
      data: { notifySaleOpening, notifyReminder, receiptByEmail },
      select: { id: true },
    });
    const ids = Object.keys(marketMessages);
    if (ids.length === 0) return;
    const [memberships, optOuts] = await Promise.all([
      tx.membership.findMany({
        where: { userId: actor.userId, marketId: { in: ids }, leftAt: null },
        select: { marketId: true },
      }),
      tx.messageOptOut.findMany({ where: { userId: actor.userId, marketId: { in: ids } }, select: { marketId: true } }),
    ]);
    const known = new Set([...memberships, ...optOuts].map((m) => m.marketId));
    const stop = ids.filter((id) => known.has(id) && !marketMessages[id]);
    const receive = ids.filter((id) => known.has(id) && marketMessages[id]);
    await tx.messageOptOut.deleteMany({ where: { userId: actor.userId, marketId: { in: receive } } });
    await tx.messageOptOut.createMany({
      data: stop.map((marketId) => ({ userId: actor.userId, marketId, createdAt: now })),
      skipDuplicates: true,
    });
  });
}
