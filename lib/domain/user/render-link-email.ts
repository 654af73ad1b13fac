import { createElement } from "react";
import LinkEmail from "@/emails/link-email";
import { renderEmail } from "@/lib/email/render-email";
import { isLocale } from "@/lib/i18n/locales";
import { messagesFor, type Messages } from "@/lib/i18n/messages";

export type LinkEmailTexts = {
  subject: string;
  greeting: (name: string) => string;
  body: string;
  action: string;
  ignore: string;
};

// A one-time link about an account (password reset, address confirmation, change of address), in the language
// the account chose: its texts are picked from that language's messages.
export async function renderLinkEmail({
  locale,
  texts,
  name,
  url,
}: {
  locale: string;
  texts: (t: Messages) => LinkEmailTexts;
  name: string;
  url: string;
}) {
  const lang = isLocale(locale) ? locale : "fr";
  const t = texts(messagesFor(lang));
  const { html, text } = await renderEmail(
    createElement(LinkEmail, {
      lang,
      greeting: t.greeting(name),
      body: t.body,
      action: t.action,
      ignore: t.ignore,
      url,
    }),
  );
  return { subject: t.subject, html, text };
}
