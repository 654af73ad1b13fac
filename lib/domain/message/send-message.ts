import { createElement } from "react";
import MarketMessage from "@/emails/market-message";
import { db, type Tx } from "@/lib/db/client";
import { renderEmail } from "@/lib/email/render-email";
import { isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { requireMarketRight, type Actor } from "../access/actor";
import { enqueueEmail } from "../email/enqueue-email";
import { DomainError } from "../errors";
import { audienceRecipients, type MarketAudience } from "./message-audience";
import { messageHtmlFromInput } from "./sanitize-message";

export const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;
export const MAX_ATTACHMENTS_BYTES = 5 * 1024 * 1024;

export type Attachment = { filename: string; mimeType: string; bytes: Uint8Array<ArrayBuffer> };
type Recipient = { id: string; email: string; locale: string };

// Stores the message, one recipient row each, its attachments, and one outbox e-mail per recipient (sender
// name = the market's), all in one transaction.
async function deliverMessage(
  tx: Tx,
  message: {
    marketId: string;
    marketName: string;
    senderUserId: string;
    audience: MarketAudience | "PRODUCER" | "MARKET_ADMINS_OF";
    subject: string;
    html: string;
    toProducerId?: string;
    senderProducerId?: string;
    parentId?: string;
  },
  recipients: Recipient[],
  attachments: Attachment[],
  appUrl: string,
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
    select: { id: true, attachments: { select: { id: true, filename: true } } },
  });
  for (const r of recipients) {
    const locale = isLocale(r.locale) ? r.locale : "fr";
    const t = messagesFor(locale);
    const { html, text } = await renderEmail(
      createElement(MarketMessage, {
        lang: locale,
        subject: message.subject,
        html: message.html,
        attachments: created.attachments.map((a) => ({ name: a.filename, url: `${appUrl}/api/attachments/${a.id}` })),
        attachmentsLabel: t.admin.messages.attachments,
        footer: t.emails.footerMember(message.marketName),
      }),
    );
    await enqueueEmail(tx, {
      dedupeKey: `message:${created.id}:${r.id}`,
      to: r.email,
      fromName: message.marketName,
      subject: message.subject,
      html,
      text,
      template: "market-message",
    });
  }
  return { id: created.id, recipients: recipients.length };
}

function checkAttachments(attachments: Attachment[]) {
  if (
    attachments.some((a) => a.bytes.length > MAX_ATTACHMENT_BYTES) ||
    attachments.reduce((s, a) => s + a.bytes.length, 0) > MAX_ATTACHMENTS_BYTES
  ) {
    throw new DomainError("ATTACHMENT_TOO_LARGE", "attachments");
  }
}

export async function sendMarketMessage(args: {
  actor: Actor;
  marketId: string;
  audience: MarketAudience;
  subject: string;
  body: string;
  attachments: Attachment[];
  appUrl: string;
  now: Date;
}) {
  requireMarketRight(args.actor, args.marketId, "messages");
  checkAttachments(args.attachments);
  const html = messageHtmlFromInput(args.body);
  if (!html.replace(/<[^>]*>/g, "").trim()) throw new DomainError("MESSAGE_EMPTY", "body");
  return db().$transaction(
    async (tx) => {
      const market = await tx.market.findUniqueOrThrow({ where: { id: args.marketId }, select: { name: true } });
      const recipients = await audienceRecipients(tx, args.marketId, args.audience, args.now);
      if (recipients.length === 0) throw new DomainError("NO_RECIPIENTS", "audience");
      return deliverMessage(
        tx,
        {
          marketId: args.marketId,
          marketName: market.name,
          senderUserId: args.actor.userId,
          audience: args.audience,
          subject: args.subject,
          html,
        },
        recipients,
        args.attachments,
        args.appUrl,
      );
    },
    { timeout: 120_000 },
  );
}

// « Envoyer un message » to a producer from its page: its users get it in their inbox, notified, and by e-mail.
export async function sendMessageToProducer(args: {
  actor: Actor;
  marketId: string;
  producerId: string;
  subject: string;
  body: string;
  appUrl: string;
}) {
  requireMarketRight(args.actor, args.marketId, "catalogs");
  const html = messageHtmlFromInput(args.body);
  return db().$transaction(async (tx) => {
    const market = await tx.market.findUniqueOrThrow({ where: { id: args.marketId }, select: { name: true } });
    const recipients = await tx.user.findMany({
      where: { producerUsers: { some: { producerId: args.producerId } } },
      select: { id: true, email: true, locale: true },
    });
    if (recipients.length === 0) throw new DomainError("NOT_FOUND");
    const sent = await deliverMessage(
      tx,
      {
        marketId: args.marketId,
        marketName: market.name,
        senderUserId: args.actor.userId,
        audience: "PRODUCER",
        subject: args.subject,
        html,
        toProducerId: args.producerId,
      },
      recipients,
      [],
      args.appUrl,
    );
    await tx.notification.createMany({
      data: recipients.map((r) => ({
        userId: r.id,
        kind: "message.received",
        params: { market: market.name, subject: args.subject },
        url: "/producteur/messages",
      })),
    });
    return sent;
  });
}

// A reply goes back to the sender of the message, from the market it came through.
export async function replyToMessage(args: { actor: Actor; messageId: string; body: string; appUrl: string }) {
  const original = await db().message.findFirst({
    where: { id: args.messageId, recipients: { some: { userId: args.actor.userId } } },
    select: {
      id: true,
      subject: true,
      marketId: true,
      toProducerId: true,
      sender: { select: { id: true, email: true, locale: true } },
      market: { select: { name: true } },
    },
  });
  if (!original || !original.marketId || !original.market) throw new DomainError("NOT_FOUND");
  const html = messageHtmlFromInput(args.body);
  if (!html.replace(/<[^>]*>/g, "").trim()) throw new DomainError("MESSAGE_EMPTY", "body");
  const subject = original.subject.startsWith("Re:") ? original.subject : `Re: ${original.subject}`;
  return db().$transaction((tx) =>
    deliverMessage(
      tx,
      {
        marketId: original.marketId!,
        marketName: original.market!.name,
        senderUserId: args.actor.userId,
        audience: "MARKET_ADMINS_OF",
        subject,
        html,
        parentId: original.id,
        senderProducerId: original.toProducerId ?? undefined,
      },
      [original.sender],
      [],
      args.appUrl,
    ),
  );
}
