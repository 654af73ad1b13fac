import type { MessageAudience, Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";

// What a market sends (to one of its lists or to a producer), as opposed to the replies it receives.
const SENT_AUDIENCES: MessageAudience[] = [
  "ALL_MEMBERS",
  "NOT_ORDERED_NEXT",
  "ORDERED_NEXT",
  "ALL_PRODUCERS",
  "ADMINS",
  "PRODUCER",
];

// Sent by the market to a list or a producer, not an answer in one of its inbox's threads.
export const SENT_MESSAGES = { audience: { in: SENT_AUDIENCES }, threadId: null };

// The messaging page's history.
export async function listSentMessages({ actor, marketId }: { actor: Actor; marketId: string }) {
  requireMarketRight(actor, marketId, "messages");
  return db().message.findMany({
    where: { marketId, ...SENT_MESSAGES },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      subject: true,
      audience: true,
      bodyHtml: true,
      createdAt: true,
      _count: { select: { recipients: true } },
      toProducer: { select: { name: true } },
      market: { select: { name: true, timeZone: true } },
    },
  });
}

// Every message the actor received (producer inbox), newest first, with read state; the replies a market
// receives are read in its inbox (market-inbox.ts).
export async function listInbox({ actor }: { actor: Actor }) {
  return listReceived(actor, { audience: { not: "MARKET_ADMINS_OF" } }, 100);
}

// What one person received, newest first, with their read state: the producer inbox and « Mon compte » read the
// same rows, each through its own audiences.
export async function listReceived(actor: Actor, message: Prisma.MessageWhereInput, take: number) {
  const rows = await db().messageRecipient.findMany({
    where: { userId: actor.userId, message },
    orderBy: { message: { createdAt: "desc" } },
    take,
    select: {
      readAt: true,
      message: {
        select: {
          id: true,
          subject: true,
          bodyHtml: true,
          createdAt: true,
          market: { select: { name: true, timeZone: true } },
          sender: { select: { firstName: true, lastName: true } },
          attachments: { select: { id: true, filename: true } },
        },
      },
    },
  });
  return rows.map((r) => ({ ...r.message, read: r.readAt !== null }));
}

export type ReceivedMessage = Awaited<ReturnType<typeof listReceived>>[number];

export async function markMessageRead({ actor, messageId, now }: { actor: Actor; messageId: string; now: Date }) {
  await db().messageRecipient.updateMany({
    where: { messageId, userId: actor.userId, readAt: null },
    data: { readAt: now },
  });
}

// An attachment for one of its recipients or for the market's message managers.
export async function getAttachmentOrThrow({ actor, attachmentId }: { actor: Actor; attachmentId: string }) {
  const attachment = await db().messageAttachment.findUnique({
    where: { id: attachmentId },
    select: {
      filename: true,
      mimeType: true,
      data: true,
      message: {
        select: { marketId: true, recipients: { where: { userId: actor.userId }, select: { userId: true } } },
      },
    },
  });
  if (!attachment) throw new DomainError("NOT_FOUND");
  const recipient = attachment.message.recipients.length > 0;
  if (!recipient) {
    if (!attachment.message.marketId) throw new DomainError("NOT_FOUND");
    requireMarketRight(actor, attachment.message.marketId, "messages");
  }
  return attachment;
}
