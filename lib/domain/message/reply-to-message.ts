import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { DomainError } from "../errors";
import { consume } from "../throttle/limits";
import { checkBody } from "./message-limits";
import { inboxReaders, openThread, replySubject, touchThread, type ThreadParty } from "./message-thread";
import { storeMessage } from "./store-message";

// A member or a producer answers, in the app, a message they received from a market: the answer lands in the
// market's inbox, in the thread of this person and this message (members never see each other's replies), unread
// for each of its readers and e-mailed to them, answerable by e-mail to whoever wrote. Replies are not counted
// against the market's daily sends (they are not the market's words) but each person's are throttled.
export async function replyToMessage(args: { actor: Actor; messageId: string; body: string; now: Date }) {
  const { actor, now } = args;
  const original = await db().message.findFirst({
    where: {
      id: args.messageId,
      marketId: { not: null },
      // What the inbox receives is answered from the inbox (answerThread).
      audience: { not: "MARKET_ADMINS_OF" },
      recipients: { some: { userId: actor.userId } },
    },
    select: {
      id: true,
      subject: true,
      marketId: true,
      audience: true,
      toProducerId: true,
      threadId: true,
      market: { select: { name: true } },
    },
  });
  if (!original?.marketId || !original.market) throw new DomainError("NOT_FOUND");
  const marketId = original.marketId;
  const html = checkBody(args.body);
  const party = await partyOf(actor, { ...original, marketId });
  await consume("messagesToMarketsByUser", actor.userId);
  const replier = await db().user.findUniqueOrThrow({ where: { id: actor.userId }, select: { email: true } });
  return db().$transaction(async (tx) => {
    const thread = original.threadId
      ? await touchThread(tx, original.threadId, now)
      : await openThread(tx, { marketId, subject: original.subject, originMessageId: original.id, party, now });
    return storeMessage(
      tx,
      {
        marketId,
        marketName: original.market!.name,
        senderUserId: actor.userId,
        replyTo: replier.email,
        audience: "MARKET_ADMINS_OF",
        subject: replySubject(original.subject),
        html,
        parentId: original.id,
        threadId: thread.id,
        senderProducerId: "producerId" in party ? party.producerId : undefined,
        now,
      },
      await inboxReaders(tx, marketId, actor.userId),
      [],
    );
  });
}

// Who answers: the producer a message was sent to; for a message to all the market's producers, the replier's
// producer whose catalog the market links; else the member themself.
async function partyOf(
  actor: Actor,
  message: { marketId: string; audience: string; toProducerId: string | null },
): Promise<ThreadParty> {
  if (message.toProducerId) return { producerId: message.toProducerId };
  if (message.audience === "ALL_PRODUCERS") {
    const linked = await db().producer.findFirst({
      where: {
        id: { in: actor.producerIds },
        catalogs: { some: { links: { some: { marketId: message.marketId, unlinkedAt: null } } } },
      },
      select: { id: true },
    });
    if (linked) return { producerId: linked.id };
  }
  return { memberUserId: actor.userId };
}
