import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";

// Hashing a throwaway password when the e-mail is unknown keeps both answers equally slow, so the response
// time does not reveal which e-mails have an account.
let decoyHash: Promise<string> | undefined;

export async function verifyCredentials(email: string, password: string) {
  const user = await db().user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: {
      id: true,
      email: true,
      firstName: true,
      lastName: true,
      locale: true,
      passwordHash: true,
      sessionVersion: true,
      emailVerifiedAt: true,
    },
  });
  if (!user) {
    decoyHash ??= hashPassword("decoy-password-for-timing");
    await verifyPassword(await decoyHash, password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return {
    id: user.id,
    email: user.email,
    name: `${user.firstName} ${user.lastName}`,
    firstName: user.firstName,
    locale: user.locale,
    sessionVersion: user.sessionVersion,
    emailVerified: user.emailVerifiedAt !== null,
  };
}
