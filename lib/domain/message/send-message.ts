import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { audienceRecipients, receivesMessagesFrom, type MarketAudience } from "./message-audience";
import { checkAttachments, checkBody, checkSubject, requireMessagesLeftToday, type Attachment } from "./message-limits";
import { lockMarket, marketReplyTo, storeMessage } from "./store-message";

export {
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_BYTES,
  MAX_BODY_HTML_CHARS,
  MAX_BODY_INPUT_CHARS,
  MAX_MESSAGE_EMAILS_PER_DAY,
  MAX_MESSAGES_PER_DAY,
} from "./message-limits";
export type { Attachment } from "./message-limits";

export async function sendMarketMessage(args: {
  actor: Actor;
  marketId: string;
  audience: MarketAudience;
  subject: string;
  body: string;
  attachments: Attachment[];
  now: Date;
}) {
  requireMarketRight(args.actor, args.marketId, "messages");
  const subject = checkSubject(args.subject);
  const html = checkBody(args.body);
  const attachments = checkAttachments(args.attachments);
  return db().$transaction(
    async (tx) => {
      const market = await lockMarket(tx, args.marketId);
      const recipients = await audienceRecipients(tx, args.marketId, args.audience, args.now);
      if (recipients.length === 0) throw new DomainError("NO_RECIPIENTS", "audience");
      await requireMessagesLeftToday(tx, {
        marketId: args.marketId,
        timeZone: market.timeZone,
        recipients: recipients.length,
        now: args.now,
      });
      return storeMessage(
        tx,
        {
          marketId: args.marketId,
          marketName: market.name,
          senderUserId: args.actor.userId,
          replyTo: await marketReplyTo(tx, market, args.actor.userId),
          audience: args.audience,
          subject,
          html,
          now: args.now,
        },
        recipients,
        attachments,
      );
    },
    { timeout: 30_000 },
  );
}

// « Envoyer un message » to a producer from its page: its users get it in their inbox, notified, and by e-mail
// (those who have not unsubscribed from this market's messages). It counts against the market's daily sends.
export async function sendMessageToProducer(args: {
  actor: Actor;
  marketId: string;
  producerId: string;
  subject: string;
  body: string;
  now: Date;
}) {
  requireMarketRight(args.actor, args.marketId, "catalogs");
  const subject = checkSubject(args.subject);
  const html = checkBody(args.body);
  return db().$transaction(async (tx) => {
    const market = await lockMarket(tx, args.marketId);
    const team = await tx.producerUser.count({ where: { producerId: args.producerId } });
    if (team === 0) throw new DomainError("NOT_FOUND");
    const recipients = await tx.user.findMany({
      where: { producerUsers: { some: { producerId: args.producerId } }, ...receivesMessagesFrom(args.marketId) },
      select: { id: true, email: true },
    });
    if (recipients.length === 0) throw new DomainError("PRODUCER_UNSUBSCRIBED");
    await requireMessagesLeftToday(tx, {
      marketId: args.marketId,
      timeZone: market.timeZone,
      recipients: recipients.length,
      now: args.now,
    });
    const sent = await storeMessage(
      tx,
      {
        marketId: args.marketId,
        marketName: market.name,
        senderUserId: args.actor.userId,
        replyTo: await marketReplyTo(tx, market, args.actor.userId),
        audience: "PRODUCER",
        subject,
        html,
        toProducerId: args.producerId,
        now: args.now,
      },
      recipients,
      [],
    );
    await tx.notification.createMany({
      data: recipients.map((r) => ({
        userId: r.id,
        kind: "message.received",
        params: { market: market.name, subject },
        url: "/producteur/messages",
      })),
    });
    return sent;
  });
}
