import { hashToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db/client";
import { DomainError } from "../errors";

// What the link's page shows. Reading never uses the link: mail scanners open links, so only the page's
// button (confirmEmail, through the sign-in) does. Null when the link is unknown, used, expired or its account
// deleted.
export async function getEmailVerification({ token, now }: { token: string; now: Date }) {
  const link = await db().emailVerificationToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { usedAt: true, expiresAt: true, callbackUrl: true, user: { select: { email: true, deletedAt: true } } },
  });
  if (!link || link.usedAt || link.expiresAt <= now || link.user.deletedAt) return null;
  return { email: link.user.email, callbackUrl: link.callbackUrl };
}

// Uses the link once: the address is confirmed and the person signed in (lib/auth/auth.ts, provider
// « email-link »). Returns what a session needs, like the password sign-in.
export async function confirmEmail({ token, now }: { token: string; now: Date }) {
  return db().$transaction(async (tx) => {
    // Marking the link used in the statement that checks it makes a double submit use it once.
    const claimed = await tx.emailVerificationToken.updateManyAndReturn({
      where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
      select: { userId: true, callbackUrl: true },
    });
    if (claimed.length !== 1) throw new DomainError("EMAIL_LINK_INVALID");
    const { userId, callbackUrl } = claimed[0];
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        id: true,
        email: true,
        firstName: true,
        lastName: true,
        locale: true,
        sessionVersion: true,
        deletedAt: true,
        emailVerifiedAt: true,
      },
    });
    if (user.deletedAt) throw new DomainError("EMAIL_LINK_INVALID");
    if (!user.emailVerifiedAt) await tx.user.update({ where: { id: userId }, data: { emailVerifiedAt: now } });
    // The other links sent to this address have done their job.
    await tx.emailVerificationToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
    return {
      user: {
        id: user.id,
        email: user.email,
        name: `${user.firstName} ${user.lastName}`,
        locale: user.locale,
        sessionVersion: user.sessionVersion,
      },
      callbackUrl,
    };
  });
}
