import { hashPassword } from "@/lib/auth/password";
import { hashToken } from "@/lib/auth/tokens";
import { db, isUniqueViolation } from "@/lib/db/client";
import { DomainError } from "../errors";
import { moveAccountAddress } from "./move-account-address";
import { replacePassword } from "./replace-password";

// What the page of the « it was not me » link (sent to the old address once a change was confirmed) shows:
// the address it puts back, or null when the link is unknown, used, expired or its account deleted. Reading
// never uses it.
export async function getEmailChangeRevert({ token, now }: { token: string; now: Date }) {
  const change = await db().emailChange.findUnique({
    where: { revertTokenHash: hashToken(token) },
    select: { oldEmail: true, revertedAt: true, revertExpiresAt: true, user: { select: { deletedAt: true } } },
  });
  if (!change?.oldEmail || change.revertedAt || !change.revertExpiresAt || change.revertExpiresAt <= now) return null;
  if (change.user.deletedAt) return null;
  return { email: change.oldEmail };
}

// Undoes a change of address from the old mailbox, without signing in: whoever changed it knew the password,
// so a new one is chosen here. The old address comes back (confirmed: the link reached it), every session
// ends, every waiting link (reset, confirmation, another change) is spent, and the other links that would undo
// an earlier change stop working, so the account cannot be tossed between two mailboxes.
export async function revertEmailChange({ token, password, now }: { token: string; password: string; now: Date }) {
  const passwordHash = await hashPassword(password);
  try {
    return await db().$transaction(async (tx) => {
      // Marking the link used in the statement that checks it makes a double submit use it once.
      const claimed = await tx.emailChange.updateManyAndReturn({
        where: { revertTokenHash: hashToken(token), revertedAt: null, revertExpiresAt: { gt: now } },
        data: { revertedAt: now },
        select: { userId: true, oldEmail: true },
      });
      if (claimed.length !== 1 || !claimed[0].oldEmail) throw new DomainError("EMAIL_REVERT_LINK_INVALID");
      const { userId, oldEmail } = claimed[0];
      const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, deletedAt: true } });
      if (user.deletedAt) throw new DomainError("EMAIL_REVERT_LINK_INVALID");
      const holder = await tx.user.findUnique({ where: { email: oldEmail }, select: { id: true } });
      if (holder && holder.id !== userId) throw new DomainError("EMAIL_REVERT_TAKEN");
      await moveAccountAddress(tx, { userId, from: user.email, to: oldEmail, now });
      await replacePassword(tx, { userId, passwordHash, now });
      await tx.emailChange.updateMany({
        where: { userId, revertedAt: null, revertExpiresAt: { gt: now } },
        data: { revertExpiresAt: now },
      });
      return { email: oldEmail };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("EMAIL_REVERT_TAKEN");
    throw error;
  }
}
