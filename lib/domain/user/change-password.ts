import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { DomainError } from "../errors";
import { replacePassword } from "./replace-password";

// « Changer mon mot de passe » from the account: the current password first. Every other session ends.
export async function changePassword({
  actor,
  currentPassword,
  newPassword,
  now,
}: {
  actor: Actor;
  currentPassword: string;
  newPassword: string;
  now: Date;
}): Promise<{ email: string }> {
  const user = await db().user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { passwordHash: true, email: true },
  });
  if (!(await verifyPassword(user.passwordHash, currentPassword)))
    throw new DomainError("PASSWORD_WRONG", "currentPassword");
  const passwordHash = await hashPassword(newPassword);
  await db().$transaction((tx) => replacePassword(tx, { userId: actor.userId, passwordHash, now }));
  return { email: user.email };
}
