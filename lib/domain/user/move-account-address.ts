import type { Tx } from "@/lib/db/client";

// E-mails whose only content is a link spent once the account leaves their address (below, or the change of
// address that brought it there): not worth sending anywhere.
const VOIDED_LINK_TEMPLATES = ["password-reset", "email-verification", "email-change"];

// An account leaves the address `from` for `to`, which it has just shown it receives (a link sent there was
// used). Whatever was keyed to the old address follows the person or stops speaking for the account:
// - links sent to the old address (password reset, confirmation) are spent, so the old mailbox can no longer
//   act on the account; so is a change of address still waiting;
// - invitations to a market sent to the old address and not yet accepted follow the person (they were for the
//   owner of that address, this account), so they can still accept them signed in with the new one;
// - e-mails still queued for the person go to the new address.
// The password and the sessions are left alone.
export async function moveAccountAddress(
  tx: Tx,
  { userId, from, to, now }: { userId: string; from: string; to: string; now: Date },
) {
  await tx.user.update({ where: { id: userId }, data: { email: to, emailVerifiedAt: now }, select: { id: true } });
  await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
  await tx.emailVerificationToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
  await tx.emailChange.deleteMany({ where: { userId, confirmedAt: null } });
  await tx.memberInvitation.updateMany({ where: { email: from, acceptedAt: null }, data: { email: to } });
  await tx.emailOutbox.updateMany({
    where: { status: "PENDING", toEmail: from, template: { in: VOIDED_LINK_TEMPLATES } },
    data: { status: "SKIPPED" },
  });
  await tx.emailOutbox.updateMany({
    where: { status: "PENDING", OR: [{ toEmail: from }, { recipientUserId: userId }] },
    data: { toEmail: to },
  });
}
