import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/domain/errors";
import { registerUser } from "@/lib/domain/user/register-user";
import { requestPasswordReset, RESET_TOKEN_TTL_MS } from "@/lib/domain/user/request-password-reset";
import { resetPassword } from "@/lib/domain/user/reset-password";
import { verifyCredentials } from "@/lib/domain/user/verify-credentials";

async function requestAndReadToken(email: string, now: Date) {
  await requestPasswordReset({ email, ip: null, appUrl: "http://cabas.test", now });
  const mail = await db().emailOutbox.findFirstOrThrow({
    where: { toEmail: email, template: "password-reset" },
    orderBy: { createdAt: "desc" },
  });
  return { mail, token: /token=([\w-]+)/.exec(mail.text!)![1] };
}

describe("password reset", () => {
  it("queues a localized e-mail whose link sets a new password, once", async () => {
    const now = new Date("2026-02-01T10:00:00Z");
    await registerUser({
      firstName: "Louis",
      lastName: "Perrin",
      email: "louis@example.test",
      password: "ancien mot de passe",
      privacy: "on",
      locale: "en",
      appUrl: "http://cabas.test",
      now: new Date(),
    });
    const { mail, token } = await requestAndReadToken("louis@example.test", now);
    expect(mail.subject).toBe("Choose a new password");
    expect(mail.html).toContain("http://cabas.test/reinitialiser-mot-de-passe?token=");
    expect(mail.status).toBe("PENDING");

    await resetPassword({ token, password: "nouveau mot de passe", now });
    expect(await verifyCredentials("louis@example.test", "nouveau mot de passe")).not.toBeNull();
    expect(await verifyCredentials("louis@example.test", "ancien mot de passe")).toBeNull();
    await expect(resetPassword({ token, password: "encore un autre", now })).rejects.toEqual(
      new DomainError("RESET_TOKEN_INVALID", "password"),
    );
  });

  it("refuses an expired link", async () => {
    const now = new Date("2026-02-01T10:00:00Z");
    await registerUser({
      firstName: "Amina",
      lastName: "Benali",
      email: "amina@example.test",
      password: "ancien mot de passe",
      privacy: "on",
      locale: "fr",
      appUrl: "http://cabas.test",
      now: new Date(),
    });
    const { token } = await requestAndReadToken("amina@example.test", now);
    const later = new Date(now.getTime() + RESET_TOKEN_TTL_MS + 1);
    await expect(resetPassword({ token, password: "nouveau mot de passe", now: later })).rejects.toBeInstanceOf(
      DomainError,
    );
  });

  it("does nothing, silently, for an unknown e-mail", async () => {
    await requestPasswordReset({
      email: "personne@example.test",
      ip: null,
      appUrl: "http://cabas.test",
      now: new Date(),
    });
    expect(await db().emailOutbox.count({ where: { toEmail: "personne@example.test" } })).toBe(0);
  });
});
