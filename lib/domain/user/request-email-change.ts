import { verifyPassword } from "@/lib/auth/password";
import { newToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { enqueueEmail, type OutgoingEmail } from "../email/enqueue-email";
import { DomainError } from "../errors";
import { consume } from "../throttle/limits";
import { addressInUseEmail } from "./address-in-use-email";
import { renderLinkEmail } from "./render-link-email";
import { mayEmailAddress } from "./send-email-verification";

export const EMAIL_CHANGE_TTL_MS = 24 * 60 * 60 * 1000;

// « Changer d’adresse e-mail » from the account, the current password first. Nothing changes until the link
// sent to the new address is used by this same account (confirm-email-change.ts).
// The answer, and what « Mon compte » shows next, are the same whether or not the new address already has an
// account, so that the form cannot probe for members: the request is recorded either way (replacing the one
// still waiting, whose link stops working) and one e-mail goes to the new address. A free address gets the
// link; a taken one gets, in its owner's language, a note that someone asked to use it and nothing changed —
// only whoever reads that mailbox learns the address has an account, which they knew.
// Requests count against a per-account limit before the password is checked (which also bounds guesses at the
// password from a session left open), and e-mails to one address against the per-address limit, silently.
export async function requestEmailChange({
  actor,
  newEmail,
  currentPassword,
  appUrl,
  now,
}: {
  actor: Actor;
  newEmail: string;
  currentPassword: string;
  appUrl: string;
  now: Date;
}): Promise<{ email: string }> {
  await consume("emailChangesByUser", actor.userId);
  const user = await db().user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { email: true, passwordHash: true, firstName: true, locale: true },
  });
  if (!(await verifyPassword(user.passwordHash, currentPassword)))
    throw new DomainError("PASSWORD_WRONG", "currentPassword");
  if (newEmail === user.email) throw new DomainError("EMAIL_UNCHANGED", "newEmail");

  const { token, tokenHash } = newToken();
  const taken = await db().user.findUnique({ where: { email: newEmail }, select: { id: true } });
  let mail: Omit<OutgoingEmail, "dedupeKey"> | null = null;
  if (await mayEmailAddress(newEmail)) {
    mail = taken
      ? await addressInUseEmail({ email: newEmail, attempt: "email-change-attempt", appUrl })
      : {
          ...(await renderLinkEmail({
            locale: user.locale,
            texts: (t) => t.auth.emailChangeEmail,
            name: user.firstName,
            url: `${appUrl}/compte/nouvelle-adresse?token=${token}`,
          })),
          to: newEmail,
          fromName: "Cabas",
          template: "email-change",
        };
  }
  await db().$transaction(async (tx) => {
    // One account's requests are served one after the other, so that only the newest is left waiting.
    await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${actor.userId} FOR UPDATE`;
    await tx.emailChange.deleteMany({ where: { userId: actor.userId, confirmedAt: null } });
    const change = await tx.emailChange.create({
      data: {
        userId: actor.userId,
        newEmail,
        tokenHash,
        expiresAt: new Date(now.getTime() + EMAIL_CHANGE_TTL_MS),
        createdAt: now,
      },
      select: { id: true },
    });
    if (mail) await enqueueEmail(tx, { ...mail, dedupeKey: `email-change:${change.id}` });
  });
  return { email: newEmail };
}
