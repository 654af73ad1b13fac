import type { Tx } from "@/lib/db/client";
import { MAX_SUBJECT_CHARS } from "./message-limits";

// Who a thread is with: one member, or one producer (any of its team reads and answers).
export type ThreadParty = { memberUserId: string } | { producerId: string };

// A market's inbox is read by its admins and those holding its messages right (co-admins), each with their own
// unread state (a recipient row per message). The writer is left out: an admin answering a member reads it already.
export function inboxReaders(tx: Tx, marketId: string, exceptUserId: string) {
  return tx.user.findMany({
    where: {
      id: { not: exceptUserId },
      deletedAt: null,
      memberships: { some: { marketId, leftAt: null, OR: [{ isAdmin: true }, { canManageMessages: true }] } },
    },
    select: { id: true, email: true },
  });
}

// The thread of one person's replies to one message (created at their first reply), or a new one for a
// conversation that starts with no message (`originMessageId` absent). Its date moves with each message, so the
// inbox lists the latest conversations first.
export async function openThread(
  tx: Tx,
  args: { marketId: string; subject: string; originMessageId?: string; party: ThreadParty; now: Date },
) {
  const { marketId, subject, originMessageId, party, now } = args;
  const data = {
    marketId,
    subject: subject.slice(0, MAX_SUBJECT_CHARS),
    originMessageId,
    ...party,
    lastMessageAt: now,
  };
  if (!originMessageId) return tx.messageThread.create({ data, select: { id: true } });
  const where =
    "memberUserId" in party
      ? { originMessageId_memberUserId: { originMessageId, memberUserId: party.memberUserId } }
      : { originMessageId_producerId: { originMessageId, producerId: party.producerId } };
  return tx.messageThread.upsert({ where, create: data, update: { lastMessageAt: now }, select: { id: true } });
}

export function touchThread(tx: Tx, threadId: string, now: Date) {
  return tx.messageThread.update({ where: { id: threadId }, data: { lastMessageAt: now }, select: { id: true } });
}

export function replySubject(subject: string): string {
  return (subject.startsWith("Re:") ? subject : `Re: ${subject}`).slice(0, MAX_SUBJECT_CHARS);
}
