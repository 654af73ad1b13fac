import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";
import { RateLimitedError } from "@/lib/domain/throttle/limits";
import { changePassword } from "@/lib/domain/user/change-password";
import { isSessionCurrent } from "@/lib/domain/user/is-session-current";
import { requestPasswordReset } from "@/lib/domain/user/request-password-reset";
import { resetPassword } from "@/lib/domain/user/reset-password";
import { verifyCredentials } from "@/lib/domain/user/verify-credentials";
import { createUser } from "../../support/factories";

const now = new Date("2026-06-01T10:00:00Z");
const OLD = "l'ancien mot de passe";

async function userWithSession() {
  const user = await createUser({ passwordHash: await hashPassword(OLD) });
  const signedIn = await verifyCredentials(user.email, OLD);
  return { user, sessionVersion: signedIn!.sessionVersion };
}

async function resetTokenFor(email: string) {
  await requestPasswordReset({ email, ip: null, appUrl: "http://cabas.test", now });
  const mails = await db().emailOutbox.findMany({ where: { toEmail: email }, orderBy: { createdAt: "desc" } });
  return /token=([\w-]+)/.exec(mails[0].text!)![1];
}

describe("sessions end when the password changes", () => {
  it("a reset ends every session signed before, and every other reset link", async () => {
    const { user, sessionVersion } = await userWithSession();
    expect(await isSessionCurrent(user.id, sessionVersion)).toBe(true);
    const first = await resetTokenFor(user.email);
    const second = await resetTokenFor(user.email);
    await resetPassword({ token: second, password: "un tout nouveau mot de passe", now });
    expect(await isSessionCurrent(user.id, sessionVersion)).toBe(false);
    await expect(resetPassword({ token: first, password: "encore un autre mot de passe", now })).rejects.toEqual(
      new DomainError("RESET_TOKEN_INVALID", "password"),
    );
    const fresh = await verifyCredentials(user.email, "un tout nouveau mot de passe");
    expect(await isSessionCurrent(user.id, fresh!.sessionVersion)).toBe(true);
  });

  it("changing it from the account needs the current one, and ends the other sessions", async () => {
    const { user, sessionVersion } = await userWithSession();
    const actor = await loadActor(user.id);
    await expect(
      changePassword({ actor, currentPassword: "pas le bon", newPassword: "nouveau mot de passe", now }),
    ).rejects.toEqual(new DomainError("PASSWORD_WRONG", "currentPassword"));
    expect(await isSessionCurrent(user.id, sessionVersion)).toBe(true);
    const pending = await resetTokenFor(user.email);
    await changePassword({ actor, currentPassword: OLD, newPassword: "nouveau mot de passe", now });
    expect(await isSessionCurrent(user.id, sessionVersion)).toBe(false);
    expect(await verifyCredentials(user.email, OLD)).toBeNull();
    await expect(resetPassword({ token: pending, password: "celui du voleur", now })).rejects.toEqual(
      new DomainError("RESET_TOKEN_INVALID", "password"),
    );
  });

  it("reset requests are limited per address, known or not, and answer the same way", async () => {
    const { user } = await userWithSession();
    for (const email of [user.email, "inconnu@example.test"]) {
      for (let i = 0; i < 3; i++)
        await requestPasswordReset({ email, ip: null, appUrl: "http://cabas.test", now: new Date() });
      await expect(
        requestPasswordReset({ email, ip: null, appUrl: "http://cabas.test", now: new Date() }),
      ).rejects.toBeInstanceOf(RateLimitedError);
    }
    expect(await db().emailOutbox.count({ where: { toEmail: user.email } })).toBe(3);
    expect(await db().emailOutbox.count({ where: { toEmail: "inconnu@example.test" } })).toBe(0);
  });
});
