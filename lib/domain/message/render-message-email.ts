import { createElement } from "react";
import MarketMessage from "@/emails/market-message";
import { db } from "@/lib/db/client";
import { renderEmail } from "@/lib/email/render-email";
import { unsubscribeUrl } from "@/lib/email/unsubscribe-token";
import { isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { withAbsoluteImages } from "./sanitize-message";

export type MessageForEmail = Awaited<ReturnType<typeof loadMessageForEmail>>;
export type RecipientForEmail = { id: string; locale: string; optedOutMarketIds: string[] };

export function loadMessageForEmail(messageId: string) {
  return db().message.findUniqueOrThrow({
    where: { id: messageId },
    select: {
      id: true,
      subject: true,
      bodyHtml: true,
      audience: true,
      marketId: true,
      threadId: true,
      market: { select: { name: true } },
      attachments: { select: { id: true, filename: true }, orderBy: { id: "asc" } },
    },
  });
}

export function loadRecipientsForEmail(userIds: string[]): Promise<RecipientForEmail[]> {
  return db()
    .user.findMany({
      where: { id: { in: userIds } },
      select: { id: true, locale: true, messageOptOuts: { select: { marketId: true } } },
    })
    .then((users) =>
      users.map((u) => ({ id: u.id, locale: u.locale, optedOutMarketIds: u.messageOptOuts.map((o) => o.marketId) })),
    );
}

// A market message as its recipient reads it: in their language, with the footer that says why they get it
// and, except for a reply (addressed to the person who wrote), the link that stops the market's messages; a
// message of a thread links where it is read and answered in Cabas. Null when they unsubscribed from the
// market's messages (an admin who did gets the inbox's notices in the app only).
export async function renderMessageEmail({
  message,
  recipient,
  appUrl,
}: {
  message: MessageForEmail;
  recipient: RecipientForEmail;
  appUrl: string;
}) {
  const marketId = message.marketId;
  const marketName = message.market?.name ?? "Cabas";
  const isReply = message.audience === "MARKET_ADMINS_OF";
  if (marketId && recipient.optedOutMarketIds.includes(marketId)) return null;
  const locale = isLocale(recipient.locale) ? recipient.locale : "fr";
  const t = messagesFor(locale);
  const footer =
    message.audience === "MARKET_ADMINS_OF"
      ? t.emails.footerAdmin(marketName)
      : message.audience === "PRODUCER"
        ? t.emails.footerDirect(marketName)
        : message.audience === "ALL_PRODUCERS"
          ? t.emails.footerProducer(marketName)
          : t.emails.footerMember(marketName);
  const listUnsubscribeUrl =
    !isReply && marketId
      ? unsubscribeUrl(appUrl, { kind: "MARKET_MESSAGES", userId: recipient.id, marketId })
      : undefined;
  const { html, text } = await renderEmail(
    createElement(MarketMessage, {
      lang: locale,
      subject: message.subject,
      html: withAbsoluteImages(message.bodyHtml, appUrl),
      attachments: message.attachments.map((a) => ({ name: a.filename, url: `${appUrl}/api/attachments/${a.id}` })),
      attachmentsLabel: t.admin.messages.attachments,
      footer,
      answer:
        message.threadId && marketId
          ? { label: t.inbox.email.answer, url: `${appUrl}${threadPath(message, marketId)}` }
          : undefined,
      unsubscribe: listUnsubscribeUrl
        ? { label: t.emails.unsubscribe.marketMessages(marketName), url: listUnsubscribeUrl }
        : undefined,
    }),
  );
  return { html, text, listUnsubscribeUrl };
}

// Where the recipient of a thread's message reads it: the market's inbox, the member's account, the producer's
// messages.
function threadPath(message: { audience: string; threadId: string | null }, marketId: string): string {
  if (message.audience === "MARKET_ADMINS_OF") return `/admin/${marketId}/messagerie/recus/${message.threadId}`;
  return message.audience === "MEMBER" ? "/compte/messages" : "/producteur/messages";
}
