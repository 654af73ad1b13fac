import { db, type Tx } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { enqueueMessageEmails } from "../email/enqueue-email";
import { DomainError } from "../errors";
import { audienceRecipients, receivesMessagesFrom, type MarketAudience } from "./message-audience";
import {
  checkAttachments,
  checkBody,
  checkSubject,
  MAX_SUBJECT_CHARS,
  requireMessagesLeftToday,
  type Attachment,
  type CheckedAttachment,
} from "./message-limits";

export {
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_BYTES,
  MAX_BODY_HTML_CHARS,
  MAX_BODY_INPUT_CHARS,
  MAX_MESSAGE_EMAILS_PER_DAY,
  MAX_MESSAGES_PER_DAY,
} from "./message-limits";
export type { Attachment } from "./message-limits";

type Recipient = { id: string; email: string };

// Stores the message once (sent at `now`), one recipient row each, its attachments, and one small outbox row
// per recipient naming the message: the delivery job renders each e-mail when it sends it. A few statements
// whatever the number of recipients.
async function storeMessage(
  tx: Tx,
  message: {
    marketId: string;
    marketName: string;
    senderUserId: string;
    replyTo: string;
    audience: MarketAudience | "PRODUCER" | "MARKET_ADMINS_OF";
    subject: string;
    html: string;
    toProducerId?: string;
    senderProducerId?: string;
    parentId?: string;
    now: Date;
  },
  recipients: Recipient[],
  attachments: CheckedAttachment[],
) {
  const created = await tx.message.create({
    data: {
      marketId: message.marketId,
      senderUserId: message.senderUserId,
      audience: message.audience,
      subject: message.subject,
      bodyHtml: message.html,
      toProducerId: message.toProducerId,
      senderProducerId: message.senderProducerId,
      parentId: message.parentId,
      createdAt: message.now,
      recipients: { createMany: { data: recipients.map((r) => ({ userId: r.id })), skipDuplicates: true } },
      attachments: {
        createMany: {
          data: attachments.map((a) => ({
            filename: a.filename,
            mimeType: a.mimeType,
            size: a.bytes.length,
            data: a.bytes,
          })),
        },
      },
    },
    select: { id: true },
  });
  await enqueueMessageEmails(tx, {
    id: created.id,
    fromName: message.marketName,
    subject: message.subject,
    replyTo: message.replyTo,
    recipients,
  });
  return { id: created.id, recipients: recipients.length };
}

// The market row, locked until the transaction ends: sends of one market are counted one at a time.
async function lockMarket(tx: Tx, marketId: string) {
  const [market] = await tx.$queryRaw<{ name: string; timeZone: string; contactEmail: string | null }[]>`
    SELECT "name", "timeZone", "contactEmail" FROM "Market" WHERE "id" = ${marketId} FOR UPDATE`;
  if (!market) throw new DomainError("NOT_FOUND");
  return market;
}

// Mail leaves from Cabas's no-reply sender and Cabas receives none, so a market's message names who gets the
// answers: the market's contact address when its settings give one, else the admin who sent it (issue #18).
async function marketReplyTo(tx: Tx, market: { contactEmail: string | null }, senderUserId: string) {
  if (market.contactEmail) return market.contactEmail;
  return (await tx.user.findUniqueOrThrow({ where: { id: senderUserId }, select: { email: true } })).email;
}

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

// A reply goes back to the sender of the message, from the market it came through, answerable by e-mail to
// whoever replied. Replies are not counted against the market's daily sends: they are the producers' words,
// not the market's.
export async function replyToMessage(args: { actor: Actor; messageId: string; body: string; now: Date }) {
  const original = await db().message.findFirst({
    where: { id: args.messageId, recipients: { some: { userId: args.actor.userId } } },
    select: {
      id: true,
      subject: true,
      marketId: true,
      toProducerId: true,
      sender: { select: { id: true, email: true } },
      market: { select: { name: true } },
    },
  });
  if (!original || !original.marketId || !original.market) throw new DomainError("NOT_FOUND");
  const replier = await db().user.findUniqueOrThrow({ where: { id: args.actor.userId }, select: { email: true } });
  const html = checkBody(args.body);
  const subject = (original.subject.startsWith("Re:") ? original.subject : `Re: ${original.subject}`).slice(
    0,
    MAX_SUBJECT_CHARS,
  );
  return db().$transaction((tx) =>
    storeMessage(
      tx,
      {
        marketId: original.marketId!,
        marketName: original.market!.name,
        senderUserId: args.actor.userId,
        replyTo: replier.email,
        audience: "MARKET_ADMINS_OF",
        subject,
        html,
        parentId: original.id,
        senderProducerId: original.toProducerId ?? undefined,
        now: args.now,
      },
      [original.sender],
      [],
    ),
  );
}
