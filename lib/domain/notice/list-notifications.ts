import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";

// In-app notifications of one space, newest first; reading them marks them read. A notification belongs to the
// space its link opens: the producer space (invitations to a sale, messages received) or one market's admin
// pages (a sale opening with no catalog), so that a person who is both sees each where it applies.
export async function listNotifications({
  actor,
  now,
  marketId,
}: {
  actor: Actor;
  now: Date;
  // The admin pages of this market; without it, the producer space.
  marketId?: string;
}) {
  if (marketId !== undefined) requireMarketRight(actor, marketId, "admin");
  const where = {
    userId: actor.userId,
    url: { startsWith: marketId === undefined ? "/producteur" : `/admin/${marketId}/` },
  };
  const notifications = await db().notification.findMany({
    where,
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, kind: true, params: true, url: true, readAt: true, createdAt: true },
  });
  await db().notification.updateMany({ where: { ...where, readAt: null }, data: { readAt: now } });
  return notifications.map((n) => ({
    ...n,
    params: (n.params ?? {}) as Record<string, string>,
    unread: n.readAt === null,
  }));
}
