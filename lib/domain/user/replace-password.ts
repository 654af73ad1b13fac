import type { Tx } from "@/lib/db/client";

// A new password ends everything the old one opened: every session signed before (their token carries the old
// version) and every reset link still waiting.
export async function replacePassword(
  tx: Tx,
  { userId, passwordHash, now }: { userId: string; passwordHash: string; now: Date },
) {
  await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
  await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
}
