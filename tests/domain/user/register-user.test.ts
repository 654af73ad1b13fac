import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
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
    await registerUser({ ...input, locale: "fr", appUrl: "http://cabas.test", now });
    const row = await db().user.findUniqueOrThrow({ where: { email: input.email } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(input.password);
    expect(row.privacyAcceptedAt).toEqual(now);
    expect(await verifyCredentials("SARAH@example.test ", input.password)).toMatchObject({ id: row.id, locale: "fr" });
    expect(await verifyCredentials(input.email, "mauvais mot de passe")).toBeNull();
    expect(await verifyCredentials("inconnu@example.test", input.password)).toBeNull();
  });

  it("answers an e-mail already used as it answers a new one, and keeps the first account", async () => {
    const first = await registerUser({ ...input, email: "deux@example.test", locale: "fr", appUrl: "http://x", now });
    const again = await registerUser({
      ...input,
      email: "deux@example.test",
      firstName: "Autre",
      locale: "en",
      appUrl: "http://x",
      now,
    });
    expect(again).toEqual(first);
    const rows = await db().user.findMany({ where: { email: "deux@example.test" } });
    expect(rows.map((r) => [r.firstName, r.locale])).toEqual([["Sarah", "fr"]]);
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
