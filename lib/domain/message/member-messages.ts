import type { MessageAudience } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";

// What a member receives from their markets: the lists' messages and the admins' answers to them.
const MEMBER_AUDIENCES: MessageAudience[] = ["ALL_MEMBERS", "NOT_ORDERED_NEXT", "ORDERED_NEXT", "ADMINS", "MEMBER"];

// « Mon compte » › messages: those sent to this person only, newest first, with their read state.
export async function listMemberMessages({ actor }: { actor: Actor }) {
  const rows = await db().messageRecipient.findMany({
    where: { userId: actor.userId, message: { audience: { in: MEMBER_AUDIENCES }, marketId: { not: null } } },
    orderBy: { message: { createdAt: "desc" } },
    take: 50,
    select: {
      readAt: true,
      message: {
        select: {
          id: true,
          subject: true,
          bodyHtml: true,
          createdAt: true,
          threadId: true,
          market: { select: { name: true, timeZone: true } },
          sender: { select: { firstName: true, lastName: true } },
          attachments: { select: { id: true, filename: true } },
        },
      },
    },
  });
  return rows.map((r) => ({ ...r.message, read: r.readAt !== null }));
}
