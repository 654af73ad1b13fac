import { createElement } from "react";
import PasswordResetEmail from "@/emails/password-reset";
import { newToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db/client";
import { renderEmail } from "@/lib/email/render-email";
import { isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { enqueueEmail } from "../email/enqueue-email";

export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;

// Answers the same whether or not the e-mail has an account, so the form cannot be used to probe for members.
export async function requestPasswordReset({ email, appUrl, now }: { email: string; appUrl: string; now: Date }) {
  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, firstName: true, locale: true },
  });
  if (!user) return;
  const { token, tokenHash } = newToken();
  const locale = isLocale(user.locale) ? user.locale : "fr";
  const t = messagesFor(locale).auth.resetEmail;
  const url = `${appUrl}/reinitialiser-mot-de-passe?token=${token}`;
  const { html, text } = await renderEmail(
    createElement(PasswordResetEmail, {
      lang: locale,
      greeting: t.greeting(user.firstName),
      body: t.body,
      action: t.action,
      ignore: t.ignore,
      url,
    }),
  );
  await db().$transaction(async (tx) => {
    const reset = await tx.passwordResetToken.create({
      data: { userId: user.id, tokenHash, expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS) },
      select: { id: true },
    });
    await enqueueEmail(tx, {
      dedupeKey: `password-reset:${reset.id}`,
      to: user.email,
      fromName: "Cabas",
      subject: t.subject,
      html,
      text,
      template: "password-reset",
    });
  });
}
