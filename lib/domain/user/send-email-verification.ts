import { newToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db/client";
import { enqueueEmail } from "../email/enqueue-email";
import { consume, RateLimitedError } from "../throttle/limits";
import { renderLinkEmail } from "./render-link-email";

export const EMAIL_VERIFICATION_TTL_MS = 24 * 60 * 60 * 1000;

// Counts one e-mail to `email` against the per-address limit (verification links and « someone tried to sign up
// with your address » alike), so that nobody can flood an inbox through the sign-up or sign-in forms. Past it,
// nothing is sent and the caller answers as usual: the answer must not depend on the address.
export async function mayEmailAddress(email: string): Promise<boolean> {
  try {
    await consume("accountEmailsByAddress", email);
    return true;
  } catch (error) {
    if (error instanceof RateLimitedError) return false;
    throw error;
  }
}

// Queues a link that confirms the address and signs the person in, then takes them to `callbackUrl` (a path of
// this site, already made safe by the caller). The link is single use and valid 24 hours; only its hash is kept.
export async function sendEmailVerification({
  user,
  callbackUrl,
  appUrl,
  now,
}: {
  user: { id: string; email: string; firstName: string; locale: string };
  callbackUrl: string;
  appUrl: string;
  now: Date;
}) {
  const { token, tokenHash } = newToken();
  const { subject, html, text } = await renderLinkEmail({
    locale: user.locale,
    texts: (t) => t.auth.verifyEmail,
    name: user.firstName,
    url: `${appUrl}/confirmer-email?token=${token}`,
  });
  await db().$transaction(async (tx) => {
    const link = await tx.emailVerificationToken.create({
      data: {
        userId: user.id,
        tokenHash,
        callbackUrl,
        expiresAt: new Date(now.getTime() + EMAIL_VERIFICATION_TTL_MS),
        createdAt: now,
      },
      select: { id: true },
    });
    await enqueueEmail(tx, {
      dedupeKey: `email-verification:${link.id}`,
      to: user.email,
      fromName: "Cabas",
      subject,
      html,
      text,
      template: "email-verification",
    });
  });
}
