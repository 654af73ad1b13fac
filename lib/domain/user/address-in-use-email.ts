import { randomUUID } from "node:crypto";
import { createElement } from "react";
import AddressInUseEmail from "@/emails/address-in-use";
import { db } from "@/lib/db/client";
import { renderEmail } from "@/lib/email/render-email";
import { isLocale } from "@/lib/i18n/locales";
import { messagesFor, type Messages } from "@/lib/i18n/messages";
import type { OutgoingEmail } from "../email/enqueue-email";

const TEXTS = {
  "sign-up-attempt": (t: Messages) => t.auth.signUpAttemptEmail,
  "email-change-attempt": (t: Messages) => t.auth.emailChangeAttemptEmail,
};

// What the owner of an address that already has an account is sent when someone tried to give the address to
// another account (a sign-up, a change of address), in the owner's language: that it was tried, and the ways
// back into their own account; no link that would confirm anything. Null when the address has no account.
export async function addressInUseEmail({
  email,
  attempt,
  appUrl,
}: {
  email: string;
  attempt: keyof typeof TEXTS;
  appUrl: string;
}): Promise<OutgoingEmail | null> {
  const owner = await db().user.findUnique({ where: { email }, select: { firstName: true, locale: true } });
  if (!owner) return null;
  const locale = isLocale(owner.locale) ? owner.locale : "fr";
  const t = TEXTS[attempt](messagesFor(locale));
  const { html, text } = await renderEmail(
    createElement(AddressInUseEmail, {
      lang: locale,
      greeting: t.greeting(owner.firstName),
      body: t.body,
      signIn: { label: t.signIn, url: `${appUrl}/connexion` },
      reset: { label: t.reset, url: `${appUrl}/mot-de-passe-oublie` },
      ignore: t.ignore,
    }),
  );
  return {
    dedupeKey: `${attempt}:${randomUUID()}`,
    to: email,
    fromName: "Cabas",
    subject: t.subject,
    html,
    text,
    template: attempt,
  };
}
