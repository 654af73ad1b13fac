import { newToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db/client";
import { enqueueEmail } from "../email/enqueue-email";
import { consume } from "../throttle/limits";
import { renderLinkEmail } from "./render-link-email";

export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;

// Answers the same, in about the same time, whether or not the e-mail has an account, so the form cannot be
// used to probe for members: the e-mail is rendered either way, and the limits count every request.
export async function requestPasswordReset({
  email,
  ip,
  appUrl,
  callbackUrl = "/",
  now,
}: {
  email: string;
  ip: string | null;
  appUrl: string;
  // A same-site path (lib/actions/form-state.ts safeCallbackPath): where signing in again after the reset goes.
  callbackUrl?: string;
  now: Date;
}) {
  await consume("passwordResetEmail", email);
  if (ip) await consume("passwordResetIp", ip);
  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, firstName: true, locale: true, deletedAt: true },
  });
  const { token, tokenHash } = newToken();
  const { subject, html, text } = await renderLinkEmail({
    locale: user?.locale ?? "fr",
    texts: (t) => t.auth.resetEmail,
    name: user?.firstName ?? "",
    url: `${appUrl}/reinitialiser-mot-de-passe?token=${token}${
      callbackUrl === "/" ? "" : `&callbackUrl=${encodeURIComponent(callbackUrl)}`
    }`,
  });
  if (!user || user.deletedAt) return;
  await db().$transaction(async (tx) => {
    const reset = await tx.passwordResetToken.create({
      data: { userId: user.id, tokenHash, expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS) },
      select: { id: true },
    });
    await enqueueEmail(tx, {
      dedupeKey: `password-reset:${reset.id}`,
      to: user.email,
      fromName: "Cabas",
      subject,
      html,
      text,
      template: "password-reset",
    });
  });
}
