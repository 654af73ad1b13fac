import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/domain/errors";
import { registerUser } from "@/lib/domain/user/register-user";
import { verifyCredentials } from "@/lib/domain/user/verify-credentials";
import { signUpSchema } from "@/lib/validation/auth";

const input = {
  firstName: "Sarah",
  lastName: "Varda",
  email: "sarah@example.test",
  password: "un mot de passe solide",
  privacy: "on" as const,
};
const now = new Date("2026-06-01T10:00:00Z");

describe("registerUser", () => {
  it("stores an argon2id hash, never the password, and the sign-in works", async () => {
    const user = await registerUser({ ...input, locale: "fr", now });
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(input.password);
    expect(row.privacyAcceptedAt).toEqual(now);
    expect(await verifyCredentials("SARAH@example.test ", input.password)).toMatchObject({ id: user.id, locale: "fr" });
    expect(await verifyCredentials(input.email, "mauvais mot de passe")).toBeNull();
    expect(await verifyCredentials("inconnu@example.test", input.password)).toBeNull();
  });

  it("refuses an e-mail already used, on the e-mail field", async () => {
    await registerUser({ ...input, email: "deux@example.test", locale: "fr", now });
    await expect(registerUser({ ...input, email: "deux@example.test", locale: "en", now })).rejects.toEqual(
      new DomainError("EMAIL_TAKEN", "email"),
    );
  });
});

describe("signUpSchema", () => {
  it.each([
    [{ ...input, email: "pas-un-email" }, "email", "emailInvalid"],
    [{ ...input, password: "court" }, "password", "passwordWeak"],
    [{ ...input, firstName: "  " }, "firstName", "required"],
    [{ ...input, privacy: undefined }, "privacy", "privacyRequired"],
    [{ ...input, privacy: "off" }, "privacy", "privacyRequired"],
  ])("rejects %o on %s", (values, field, message) => {
    const result = signUpSchema.safeParse(values);
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((i) => i.path[0] === field)?.message).toBe(message);
  });

  it("normalises the e-mail", () => {
    expect(signUpSchema.parse({ ...input, email: " Sarah@Example.TEST " }).email).toBe("sarah@example.test");
  });
});
