import { hashToken, newToken } from "@/lib/auth/tokens";
import { db, isUniqueViolation } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { enqueueEmail } from "../email/enqueue-email";
import { DomainError } from "../errors";
import { moveAccountAddress } from "./move-account-address";
import { renderLinkEmail } from "./render-link-email";

export const EMAIL_CHANGE_REVERT_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export type EmailChangeLink =
  { status: "OPEN"; from: string; to: string } | { status: "USED" | "EXPIRED" | "INVALID" | "OTHER_ACCOUNT" };

// What the page of the link sent to the new address shows the signed-in person who opened it. Reading never
// uses the link (mail scanners open links): only the page's button does. A link of another account says so and
// nothing about that account; INVALID is a link that never existed or that a newer request replaced.
export async function getEmailChangeLink({
  token,
  viewerId,
  now,
}: {
  token: string;
  viewerId: string;
  now: Date;
}): Promise<EmailChangeLink> {
  const change = await db().emailChange.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { userId: true, newEmail: true, expiresAt: true, confirmedAt: true, user: { select: { email: true } } },
  });
  if (!change) return { status: "INVALID" };
  if (change.userId !== viewerId) return { status: "OTHER_ACCOUNT" };
  if (change.confirmedAt) return { status: "USED" };
  if (change.expiresAt <= now) return { status: "EXPIRED" };
  return { status: "OPEN", from: change.user.email, to: change.newEmail };
}

// Uses the link once, signed in as the account that asked: only then does the address change (someone who
// tricks the owner of an address into following a link cannot attach it to their own account). The session
// and the password stay as they are. The old address is told, in the person's language, with a link that
// undoes the change within 7 days (revert-email-change.ts): should the change not be theirs, the password is
// known to someone else and a password reset would now go to the new address, so that link is their way back.
export async function confirmEmailChange({
  actor,
  token,
  appUrl,
  now,
}: {
  actor: Actor;
  token: string;
  appUrl: string;
  now: Date;
}): Promise<{ email: string }> {
  const revert = newToken();
  try {
    return await db().$transaction(async (tx) => {
      const user = await tx.user.findUniqueOrThrow({
        where: { id: actor.userId },
        select: { email: true, firstName: true, locale: true },
      });
      // Marking the link used in the statement that checks it makes a double submit use it once.
      const claimed = await tx.emailChange.updateManyAndReturn({
        where: { tokenHash: hashToken(token), userId: actor.userId, confirmedAt: null, expiresAt: { gt: now } },
        data: {
          confirmedAt: now,
          oldEmail: user.email,
          revertTokenHash: revert.tokenHash,
          revertExpiresAt: new Date(now.getTime() + EMAIL_CHANGE_REVERT_TTL_MS),
        },
        select: { id: true, newEmail: true },
      });
      if (claimed.length !== 1) throw new DomainError("EMAIL_CHANGE_LINK_INVALID");
      const { id, newEmail } = claimed[0];
      if (await tx.user.findUnique({ where: { email: newEmail }, select: { id: true } }))
        throw new DomainError("EMAIL_TAKEN");
      await moveAccountAddress(tx, { userId: actor.userId, from: user.email, to: newEmail, now });
      const notice = await renderLinkEmail({
        locale: user.locale,
        texts: (t) => ({ ...t.auth.emailChangedEmail, body: t.auth.emailChangedEmail.body(newEmail) }),
        name: user.firstName,
        url: `${appUrl}/retablir-adresse?token=${revert.token}`,
      });
      await enqueueEmail(tx, {
        ...notice,
        dedupeKey: `email-changed:${id}`,
        to: user.email,
        fromName: "Cabas",
        template: "email-changed",
      });
      return { email: newEmail };
    });
  } catch (error) {
    // Someone signed up with the address after the check, in the same instant.
    if (isUniqueViolation(error)) throw new DomainError("EMAIL_TAKEN");
    throw error;
  }
}
