import { createElement } from "react";
import MarketMessage from "@/emails/market-message";
import { db } from "@/lib/db/client";
import { renderEmail } from "@/lib/email/render-email";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { checkBody } from "./message-limits";
import { withAbsoluteImages } from "./sanitize-message";

// The e-mail a member would get, before it is sent: the body goes through the same checks and sanitiser as a
// sent message and the same e-mail template, so the preview shows what will be kept, not what was typed.
// Nothing is stored. The unsubscribe link and attachments (not uploaded yet) are left out.
export async function previewMessageEmail({
  actor,
  marketId,
  subject,
  body,
  locale,
  appUrl,
}: {
  actor: Actor;
  marketId: string;
  subject: string;
  body: string;
  locale: Locale;
  appUrl: string;
}): Promise<string> {
  requireMarketRight(actor, marketId, "messages");
  const market = await db().market.findUnique({ where: { id: marketId }, select: { name: true } });
  if (!market) throw new DomainError("NOT_FOUND");
  const t = messagesFor(locale);
  const { html } = await renderEmail(
    createElement(MarketMessage, {
      lang: locale,
      subject: subject.trim(),
      html: withAbsoluteImages(checkBody(body), appUrl),
      attachments: [],
      attachmentsLabel: t.admin.messages.attachments,
      footer: t.emails.footerMember(market.name),
    }),
  );
  return html;
}
