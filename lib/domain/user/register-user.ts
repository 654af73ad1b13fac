import { hashPassword } from "@/lib/auth/password";
import { db, isUniqueViolation } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import type { SignUpInput } from "@/lib/validation/auth";
import { DomainError } from "../errors";
import { consume } from "../throttle/limits";

// Sign-ups from one address are limited (when the address is known: see lib/auth/client-ip.ts).
export async function registerUser(input: SignUpInput & { locale: Locale; ip?: string | null; now: Date }) {
  if (input.ip) await consume("signUpIp", input.ip);
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db().user.create({
      data: {
        email: input.email,
        passwordHash,
        firstName: input.firstName,
        lastName: input.lastName,
        locale: input.locale,
        privacyAcceptedAt: input.now,
      },
      select: { id: true, email: true },
    });
    return user;
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("EMAIL_TAKEN", "email");
    throw error;
  }
}
