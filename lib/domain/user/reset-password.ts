import { hashPassword } from "@/lib/auth/password";
import { hashToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db/client";
import type { ResetPasswordInput } from "@/lib/validation/auth";
import { DomainError } from "../errors";
import { replacePassword } from "./replace-password";

export async function resetPassword({ token, password, now }: ResetPasswordInput & { now: Date }) {
  const passwordHash = await hashPassword(password);
  await db().$transaction(async (tx) => {
    // Marking the token used in the same statement that checks it makes a double submit use it once.
    const claimed = await tx.passwordResetToken.updateManyAndReturn({
      where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
      select: { userId: true },
    });
    if (claimed.length !== 1) throw new DomainError("RESET_TOKEN_INVALID", "password");
    await replacePassword(tx, { userId: claimed[0].userId, passwordHash, now });
    // The link reached the address, which confirms it as well as the sign-up link would.
    await tx.user.updateMany({
      where: { id: claimed[0].userId, emailVerifiedAt: null },
      data: { emailVerifiedAt: now },
    });
  });
}
