import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";

// In-app notifications (invitations to a sale, messages received), newest first; reading them marks them read.
export async function listNotifications({ actor, now }: { actor: Actor; now: Date }) {
  const notifications = await db().notification.findMany({
    where: { userId: actor.userId },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, kind: true, params: true, url: true, readAt: true, createdAt: true },
  });
  await db().notification.updateMany({ where: { userId: actor.userId, readAt: null }, data: { readAt: now } });
  return notifications.map((n) => ({
    ...n,
    params: (n.params ?? {}) as Record<string, string>,
    unread: n.readAt === null,
  }));
}
