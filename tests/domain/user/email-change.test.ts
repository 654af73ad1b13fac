import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { deleteAccount } from "@/lib/domain/account/delete-account";
import { exportPersonalData } from "@/lib/domain/account/export-personal-data";
import { DomainError } from "@/lib/domain/errors";
import { acceptInvitation, inviteMember } from "@/lib/domain/member/invite-member";
import { LIMITS, RateLimitedError } from "@/lib/domain/throttle/limits";
import {
  confirmEmailChange,
  EMAIL_CHANGE_REVERT_TTL_MS,
  getEmailChangeLink,
} from "@/lib/domain/user/confirm-email-change";
import { isSessionCurrent } from "@/lib/domain/user/is-session-current";
import { pendingEmailChange } from "@/lib/domain/user/pending-email-change";
import { registerUser } from "@/lib/domain/user/register-user";
import { EMAIL_CHANGE_TTL_MS, requestEmailChange } from "@/lib/domain/user/request-email-change";
import { requestPasswordReset } from "@/lib/domain/user/request-password-reset";
import { resetPassword } from "@/lib/domain/user/reset-password";
import { getEmailChangeRevert, revertEmailChange } from "@/lib/domain/user/revert-email-change";
import { verifyCredentials } from "@/lib/domain/user/verify-credentials";
import { requestEmailChangeSchema } from "@/lib/validation/auth";
import { createMarket, createMembership, createUser } from "../../support/factories";

const APP = "http://cabas.test";
const now = new Date("2026-06-01T10:00:00Z");
const later = new Date(now.getTime() + 60_000);
const PASSWORD = "mon mot de passe à moi";
const address = (name: string) => `${name}-${randomUUID().slice(0, 8)}@example.test`;

async function person(data: { locale?: string; firstName?: string; email?: string } = {}) {
  const user = await createUser({ passwordHash: await hashPassword(PASSWORD), email: address("camille"), ...data });
  return { user, actor: await loadActor(user.id) };
}

const mailsTo = (email: string) =>
  db().emailOutbox.findMany({ where: { toEmail: email }, orderBy: { createdAt: "asc" } });
const tokenIn = (mail: { text: string | null }, path: string) =>
  new RegExp(`${APP}${path}\\?token=([\\w-]+)`).exec(mail.text!)![1];

async function ask(actor: Awaited<ReturnType<typeof loadActor>>, newEmail: string, at = now) {
  return requestEmailChange({ actor, newEmail, currentPassword: PASSWORD, appUrl: APP, now: at });
}

// Asks for `newEmail` and reads the link from the mail it got.
async function askAndReadLink(actor: Awaited<ReturnType<typeof loadActor>>, newEmail: string, at = now) {
  await ask(actor, newEmail, at);
  const mails = await mailsTo(newEmail);
  return tokenIn(mails[mails.length - 1], "/compte/nouvelle-adresse");
}

describe("asking to change the address", () => {
  it("needs the current password and a different address; nothing is recorded or sent otherwise", async () => {
    const { user, actor } = await person();
    const newEmail = address("nouvelle");
    await expect(
      requestEmailChange({ actor, newEmail, currentPassword: "pas le bon", appUrl: APP, now }),
    ).rejects.toEqual(new DomainError("PASSWORD_WRONG", "currentPassword"));
    await expect(ask(actor, user.email)).rejects.toEqual(new DomainError("EMAIL_UNCHANGED", "newEmail"));
    expect(await db().emailChange.count({ where: { userId: user.id } })).toBe(0);
    expect(await mailsTo(newEmail)).toEqual([]);
  });

  it("normalises the new address as sign-up does", () => {
    expect(requestEmailChangeSchema.parse({ newEmail: "  Ines.Garcia@Exemple.FR ", currentPassword: "x" })).toEqual({
      newEmail: "ines.garcia@exemple.fr",
      currentPassword: "x",
    });
  });

  it("sends a link to the new address, in the asker's language, and changes nothing yet", async () => {
    const { user, actor } = await person({ locale: "en", firstName: "Sarah" });
    const newEmail = address("sarah");
    expect(await ask(actor, newEmail)).toEqual({ email: newEmail });

    const [mail] = await mailsTo(newEmail);
    expect(mail).toMatchObject({ template: "email-change", subject: "Confirm your new e-mail address" });
    expect(mail.text).toContain("Hello Sarah,");
    expect(mail.text).toContain(`${APP}/compte/nouvelle-adresse?token=`);
    expect(await pendingEmailChange({ actor, now })).toEqual({ newEmail });
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(user);
    expect(await mailsTo(user.email)).toEqual([]);
    expect(await verifyCredentials(newEmail, PASSWORD)).toBeNull();
  });

  it("answers the same for an address that has an account, whose owner alone is told, with no link", async () => {
    const { actor } = await person();
    const owner = await createUser({ email: address("deja"), firstName: "Louis", locale: "en" });
    const free = address("libre");

    const takenAnswer = await ask(actor, owner.email);
    const takenPending = await pendingEmailChange({ actor, now });
    const freeAnswer = await ask(actor, free);
    const freePending = await pendingEmailChange({ actor, now });
    expect(takenAnswer).toEqual({ email: owner.email });
    expect(freeAnswer).toEqual({ email: free });
    expect(takenPending).toEqual({ newEmail: owner.email });
    expect(freePending).toEqual({ newEmail: free });

    const [told] = await mailsTo(owner.email);
    expect(await mailsTo(owner.email)).toHaveLength(1);
    expect(told).toMatchObject({
      template: "email-change-attempt",
      subject: "Your address already has a Cabas account",
    });
    expect(told.text).toContain("Hello Louis,");
    expect(told.text).toContain(`${APP}/mot-de-passe-oublie`);
    expect(told.text).not.toContain("token=");
    expect(await db().user.findUniqueOrThrow({ where: { id: owner.id } })).toEqual(owner);
  });

  it("replaces the change still waiting: the older link no longer works", async () => {
    const { user, actor } = await person();
    const first = address("premiere");
    const second = address("seconde");
    const firstToken = await askAndReadLink(actor, first);
    const secondToken = await askAndReadLink(actor, second);
    expect(await pendingEmailChange({ actor, now })).toEqual({ newEmail: second });
    expect(await getEmailChangeLink({ token: firstToken, viewerId: user.id, now })).toEqual({ status: "INVALID" });
    await expect(confirmEmailChange({ actor, token: firstToken, appUrl: APP, now })).rejects.toEqual(
      new DomainError("EMAIL_CHANGE_LINK_INVALID"),
    );
    await confirmEmailChange({ actor, token: secondToken, appUrl: APP, now });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(second);
  });

  it("is limited per account, wrong passwords included, with the wait in the refusal", async () => {
    const { actor } = await person();
    for (let i = 0; i < LIMITS.emailChangesByUser.points - 1; i++)
      await expect(
        requestEmailChange({ actor, newEmail: address("x"), currentPassword: "devine", appUrl: APP, now }),
      ).rejects.toEqual(new DomainError("PASSWORD_WRONG", "currentPassword"));
    await ask(actor, address("permise"));
    const refusal = await ask(actor, address("de-trop")).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RateLimitedError);
    expect((refusal as RateLimitedError).params).toEqual({ minutes: 60 });
  });

  it("sends one address at most the per-address number of e-mails an hour, from any number of accounts", async () => {
    const target = address("cible");
    for (let i = 0; i < LIMITS.accountEmailsByAddress.points + 2; i++) {
      const { actor } = await person();
      expect(await ask(actor, target)).toEqual({ email: target });
    }
    expect(await mailsTo(target)).toHaveLength(LIMITS.accountEmailsByAddress.points);
  });
});

describe("the link sent to the new address", () => {
  it("is only read by its page; used by the same account, it changes the address and nothing else", async () => {
    const { user, actor } = await person({ firstName: "Inès" });
    const { actor: other, user: otherUser } = await person();
    const newEmail = address("ines");
    const token = await askAndReadLink(actor, newEmail);
    const sessionVersion = user.sessionVersion;

    const open = { status: "OPEN", from: user.email, to: newEmail };
    expect(await getEmailChangeLink({ token, viewerId: user.id, now })).toEqual(open);
    expect(await getEmailChangeLink({ token, viewerId: user.id, now })).toEqual(open);
    // Another account cannot take the address with it, and learns nothing of the account that asked.
    expect(await getEmailChangeLink({ token, viewerId: otherUser.id, now })).toEqual({ status: "OTHER_ACCOUNT" });
    await expect(confirmEmailChange({ actor: other, token, appUrl: APP, now })).rejects.toEqual(
      new DomainError("EMAIL_CHANGE_LINK_INVALID"),
    );
    expect((await db().user.findUniqueOrThrow({ where: { id: otherUser.id } })).email).toBe(otherUser.email);

    expect(await confirmEmailChange({ actor, token, appUrl: APP, now: later })).toEqual({ email: newEmail });
    const after = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ email: newEmail, emailVerifiedAt: later, passwordHash: user.passwordHash });
    expect(await isSessionCurrent(user.id, sessionVersion)).toBe(true);
    expect(await verifyCredentials(newEmail, PASSWORD)).toMatchObject({ id: user.id });
    expect(await verifyCredentials(user.email, PASSWORD)).toBeNull();
    expect(await pendingEmailChange({ actor, now: later })).toBeNull();

    // Once used, the link says so and does nothing more.
    expect(await getEmailChangeLink({ token, viewerId: user.id, now: later })).toEqual({ status: "USED" });
    await expect(confirmEmailChange({ actor, token, appUrl: APP, now: later })).rejects.toEqual(
      new DomainError("EMAIL_CHANGE_LINK_INVALID"),
    );
  });

  it("tells the old address, in the person's language, with a link back", async () => {
    const { user, actor } = await person({ locale: "en", firstName: "Sarah" });
    const newEmail = address("sarah");
    await confirmEmailChange({ actor, token: await askAndReadLink(actor, newEmail), appUrl: APP, now });
    const [notice] = await mailsTo(user.email);
    expect(await mailsTo(user.email)).toHaveLength(1);
    expect(notice).toMatchObject({
      template: "email-changed",
      subject: "The e-mail address of your Cabas account has changed",
    });
    expect(notice.text).toContain("Hello Sarah,");
    expect(notice.text).toContain(newEmail);
    expect(notice.text).toContain(`${APP}/retablir-adresse?token=`);
  });

  it("expires after 24 hours", async () => {
    const { user, actor } = await person();
    const token = await askAndReadLink(actor, address("tard"));
    const expired = new Date(now.getTime() + EMAIL_CHANGE_TTL_MS);
    expect(await getEmailChangeLink({ token, viewerId: user.id, now: expired })).toEqual({ status: "EXPIRED" });
    await expect(confirmEmailChange({ actor, token, appUrl: APP, now: expired })).rejects.toEqual(
      new DomainError("EMAIL_CHANGE_LINK_INVALID"),
    );
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });

  it("changes nothing when the address got an account since the request", async () => {
    const { user, actor } = await person();
    const newEmail = address("prise");
    const token = await askAndReadLink(actor, newEmail);
    await registerUser({
      firstName: "Léa",
      lastName: "Martin",
      email: newEmail,
      password: "un autre mot de passe",
      privacy: "on",
      locale: "fr",
      appUrl: APP,
      now,
    });
    await expect(confirmEmailChange({ actor, token, appUrl: APP, now })).rejects.toEqual(
      new DomainError("EMAIL_TAKEN"),
    );
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    expect(await mailsTo(user.email)).toEqual([]);
  });

  it("moves what was keyed to the old address: invitations follow, old links stop, queued e-mails follow", async () => {
    const { user, actor } = await person();
    const market = await createMarket();
    const admin = await createUser();
    await createMembership(market.id, admin.id, { isAdmin: true });
    await inviteMember({ actor: await loadActor(admin.id), marketId: market.id, email: user.email, appUrl: APP, now });
    await requestPasswordReset({ email: user.email, ip: null, appUrl: APP, now });
    const mails = await mailsTo(user.email);
    const invitationMail = mails.find((m) => m.template === "member-invitation")!;
    const invitation = /\/invitation\/([\w-]+)/.exec(invitationMail.text!)![1];
    const reset = mails.find((m) => m.template === "password-reset")!;

    const newEmail = address("partie");
    await confirmEmailChange({ actor, token: await askAndReadLink(actor, newEmail), appUrl: APP, now });

    // The reset link sent to the old address no longer speaks for the account, and is not forwarded.
    await expect(
      resetPassword({
        token: tokenIn(reset, "/reinitialiser-mot-de-passe"),
        password: "pris par l'ancienne boîte",
        now,
      }),
    ).rejects.toEqual(new DomainError("RESET_TOKEN_INVALID", "password"));
    expect(await db().emailOutbox.findUniqueOrThrow({ where: { id: reset.id } })).toMatchObject({
      status: "SKIPPED",
      toEmail: user.email,
    });
    // The invitation, not yet accepted, is accepted signed in with the new address; its e-mail goes there.
    expect(await db().emailOutbox.findUniqueOrThrow({ where: { id: invitationMail.id } })).toMatchObject({
      status: "PENDING",
      toEmail: newEmail,
    });
    await acceptInvitation({ actor, token: invitation, now });
    expect(await db().membership.count({ where: { userId: user.id, marketId: market.id, leftAt: null } })).toBe(1);
  });
});

describe("the link sent to the old address", () => {
  async function changed() {
    const { user, actor } = await person();
    const newEmail = address("voleur");
    await confirmEmailChange({ actor, token: await askAndReadLink(actor, newEmail), appUrl: APP, now });
    const notice = (await mailsTo(user.email)).find((m) => m.template === "email-changed")!;
    return { user, actor, newEmail, token: tokenIn(notice, "/retablir-adresse") };
  }

  it("puts the old address back with a new password and ends every session, once", async () => {
    const { user, newEmail, token } = await changed();
    expect(await getEmailChangeRevert({ token, now })).toEqual({ email: user.email });
    expect(await getEmailChangeRevert({ token, now })).toEqual({ email: user.email });

    expect(await revertEmailChange({ token, password: "un mot de passe tout neuf", now: later })).toEqual({
      email: user.email,
    });
    const after = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ email: user.email, emailVerifiedAt: later });
    expect(await isSessionCurrent(user.id, user.sessionVersion)).toBe(false);
    expect(await verifyCredentials(user.email, "un mot de passe tout neuf")).toMatchObject({ id: user.id });
    expect(await verifyCredentials(user.email, PASSWORD)).toBeNull();
    expect(await verifyCredentials(newEmail, "un mot de passe tout neuf")).toBeNull();

    expect(await getEmailChangeRevert({ token, now: later })).toBeNull();
    await expect(revertEmailChange({ token, password: "encore un autre", now: later })).rejects.toEqual(
      new DomainError("EMAIL_REVERT_LINK_INVALID"),
    );
  });

  it("cancels a change the other side asked for meanwhile, and the links that would undo earlier changes", async () => {
    const { user, actor, newEmail, token } = await changed();
    // Whoever took the account moves it again and asks for a third address.
    const second = address("encore");
    await confirmEmailChange({ actor, token: await askAndReadLink(actor, second), appUrl: APP, now });
    const secondNotice = (await mailsTo(newEmail)).find((m) => m.template === "email-changed")!;
    const secondRevert = tokenIn(secondNotice, "/retablir-adresse");
    const waiting = await askAndReadLink(actor, address("troisieme"));

    await revertEmailChange({ token, password: "un mot de passe tout neuf", now });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    await expect(confirmEmailChange({ actor, token: waiting, appUrl: APP, now })).rejects.toEqual(
      new DomainError("EMAIL_CHANGE_LINK_INVALID"),
    );
    expect(await getEmailChangeRevert({ token: secondRevert, now })).toBeNull();
  });

  it("expires after 7 days", async () => {
    const { user, newEmail, token } = await changed();
    const expired = new Date(now.getTime() + EMAIL_CHANGE_REVERT_TTL_MS);
    expect(await getEmailChangeRevert({ token, now: expired })).toBeNull();
    await expect(revertEmailChange({ token, password: "un mot de passe tout neuf", now: expired })).rejects.toEqual(
      new DomainError("EMAIL_REVERT_LINK_INVALID"),
    );
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(newEmail);
  });

  it("changes nothing when the old address has another account now", async () => {
    const { user, newEmail, token } = await changed();
    await createUser({ email: user.email, emailVerifiedAt: null });
    await expect(revertEmailChange({ token, password: "un mot de passe tout neuf", now })).rejects.toEqual(
      new DomainError("EMAIL_REVERT_TAKEN"),
    );
    const after = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ email: newEmail, passwordHash: user.passwordHash });
    expect(await getEmailChangeRevert({ token, now })).toEqual({ email: user.email });
  });
});

describe("personal data", () => {
  it("exports the changes of address, and erases them with the account", async () => {
    const { user, actor } = await person();
    const newEmail = address("export");
    await confirmEmailChange({ actor, token: await askAndReadLink(actor, newEmail), appUrl: APP, now });
    const data = await exportPersonalData({ actor, now });
    expect(data.emailChanges).toEqual([
      { oldEmail: user.email, newEmail, createdAt: now, confirmedAt: now, revertedAt: null },
    ]);
    await deleteAccount({ actor, password: PASSWORD, now });
    expect(await db().emailChange.count({ where: { userId: user.id } })).toBe(0);
  });
});
