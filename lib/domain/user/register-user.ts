import { hashPassword } from "@/lib/auth/password";
import { db, isUniqueViolation } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import type { SignUpInput } from "@/lib/validation/auth";
import { enqueueEmail } from "../email/enqueue-email";
import { consume } from "../throttle/limits";
import { addressInUseEmail } from "./address-in-use-email";
import { mayEmailAddress, sendEmailVerification } from "./send-email-verification";

// Signing up answers the same, in about the same time, whether or not the address already has an account, so
// the form cannot tell who is a member: the password is hashed and one e-mail goes to the address either way.
// A new address gets an unconfirmed account and a link that confirms it (and signs in); a known one gets an
// e-mail saying someone tried, with links to sign in and to reset the password, and its account is untouched.
// Nobody is signed in here. Sign-ups from one client address are limited (when it is known:
// lib/auth/client-ip.ts), and e-mails to one address too (silently: the answer must not change).
export async function registerUser(
  input: SignUpInput & { locale: Locale; ip?: string | null; callbackUrl?: string; appUrl: string; now: Date },
): Promise<{ email: string }> {
  if (input.ip) await consume("signUpIp", input.ip);
  const passwordHash = await hashPassword(input.password);
  const mayEmail = await mayEmailAddress(input.email);
  let user: { id: string; email: string; firstName: string; locale: string } | null = null;
  const existing = await db().user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (!existing) {
    try {
      user = await db().user.create({
        data: {
          email: input.email,
          passwordHash,
          firstName: input.firstName,
          lastName: input.lastName,
          locale: input.locale,
          privacyAcceptedAt: input.now,
        },
        select: { id: true, email: true, firstName: true, locale: true },
      });
    } catch (error) {
      // Two sign-ups of one address at once: the second is the « known address » case.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  if (!mayEmail) return { email: input.email };
  if (user) {
    await sendEmailVerification({ user, callbackUrl: input.callbackUrl ?? "/", appUrl: input.appUrl, now: input.now });
  } else {
    const attempt = await addressInUseEmail({ email: input.email, attempt: "sign-up-attempt", appUrl: input.appUrl });
    if (attempt) await db().$transaction((tx) => enqueueEmail(tx, attempt));
  }
  return { email: input.email };
}
