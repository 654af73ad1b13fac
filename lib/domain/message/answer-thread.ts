import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { checkBody } from "./message-limits";
import { replySubject, touchThread } from "./message-thread";
import { lockMarket, marketReplyTo, storeMessage } from "./store-message";

// An admin answers a thread from the inbox: the answer goes to that member, or to that producer's team, alone,
// in the app and by e-mail (answerable to the market's contact or the admin). The thread is read for them.
// One person's answer to one person: not counted against the market's daily sends.
export async function answerThread(args: { actor: Actor; threadId: string; body: string; now: Date }) {
  const { actor, now } = args;
  const thread = await db().messageThread.findUnique({
    where: { id: args.threadId },
    select: { id: true, marketId: true, subject: true, memberUserId: true, producerId: true },
  });
  if (!thread) throw new DomainError("NOT_FOUND");
  requireMarketRight(actor, thread.marketId, "messages");
  const html = checkBody(args.body);
  return db().$transaction(async (tx) => {
    const market = await lockMarket(tx, thread.marketId);
    const recipients = await tx.user.findMany({
      where: {
        deletedAt: null,
        ...(thread.memberUserId
          ? { id: thread.memberUserId }
          : { producerUsers: { some: { producerId: thread.producerId! } } }),
      },
      select: { id: true, email: true },
    });
    if (recipients.length === 0) throw new DomainError("THREAD_PARTY_GONE");
    await touchThread(tx, thread.id, now);
    await tx.messageRecipient.updateMany({
      where: { userId: actor.userId, readAt: null, message: { threadId: thread.id } },
      data: { readAt: now },
    });
    const sent = await storeMessage(
      tx,
      {
        marketId: thread.marketId,
        marketName: market.name,
        senderUserId: actor.userId,
        replyTo: await marketReplyTo(tx, market, actor.userId),
        audience: thread.memberUserId ? "MEMBER" : "PRODUCER",
        toProducerId: thread.producerId ?? undefined,
        subject: replySubject(thread.subject),
        html,
        threadId: thread.id,
        now,
      },
      recipients,
      [],
    );
    return { ...sent, marketId: thread.marketId };
  });
}
