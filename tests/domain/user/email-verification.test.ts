import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { chooseDeliveryHelp } from "@/lib/domain/delivery-help/choose-delivery-help";
import { offerDelivery } from "@/lib/domain/delivery-help/offer-delivery";
import { DomainError } from "@/lib/domain/errors";
import { createMarket as createMarketUseCase } from "@/lib/domain/market-admin/create-market";
import { acceptInvitation, inviteMember } from "@/lib/domain/member/invite-member";
import { setMemberRights } from "@/lib/domain/member/manage-members";
import { LIMITS } from "@/lib/domain/throttle/limits";
import { attemptSignIn } from "@/lib/domain/user/attempt-sign-in";
import { confirmEmail, getEmailVerification } from "@/lib/domain/user/confirm-email";
import { registerUser } from "@/lib/domain/user/register-user";
import { requestPasswordReset } from "@/lib/domain/user/request-password-reset";
import { resetPassword } from "@/lib/domain/user/reset-password";
import { EMAIL_VERIFICATION_TTL_MS } from "@/lib/domain/user/send-email-verification";
import { createMarketSchema } from "@/lib/validation/admin";
import {
  createConfirmedOrderFor,
  createDistribution,
  createMarket,
  createMembership,
  createUser,
} from "../../support/factories";
import { townGeocoder } from "../../support/fake-geocoder";

const APP = "http://cabas.test";
const now = new Date("2026-06-01T10:00:00Z");
const PASSWORD = "un mot de passe solide";
let n = 0;
const person = (email = `personne-${++n}@example.test`) => ({
  firstName: "Inès",
  lastName: "Garcia",
  email,
  password: PASSWORD,
  privacy: "on" as const,
});

const mailsTo = (email: string) =>
  db().emailOutbox.findMany({ where: { toEmail: email }, orderBy: { createdAt: "asc" } });
const linkOf = (mail: { text: string | null }) => /confirmer-email\?token=([\w-]+)/.exec(mail.text!)![1];

async function signUp(email?: string, extra: { callbackUrl?: string; locale?: "fr" | "en" } = {}) {
  const input = person(email);
  const answer = await registerUser({ ...input, locale: extra.locale ?? "fr", appUrl: APP, now, ...extra });
  return { input, answer };
}

describe("sign-up", () => {
  it("answers the same for a new and a taken address, each gets one e-mail, the taken account is untouched", async () => {
    const owner = await createUser({
      email: "deja@example.test",
      firstName: "Sarah",
      locale: "en",
      passwordHash: await hashPassword("le mot de passe de Sarah"),
    });
    const fresh = await signUp("nouvelle@example.test", { callbackUrl: "/m/bellefontaine" });
    const taken = await signUp("deja@example.test");
    expect(fresh.answer).toEqual({ email: "nouvelle@example.test" });
    expect(taken.answer).toEqual({ email: "deja@example.test" });

    const [welcome] = await mailsTo("nouvelle@example.test");
    expect(await mailsTo("nouvelle@example.test")).toHaveLength(1);
    expect(welcome).toMatchObject({ template: "email-verification", subject: "Confirmez votre adresse e-mail" });
    expect(welcome.text).toContain(`${APP}/confirmer-email?token=`);

    const attempts = await mailsTo("deja@example.test");
    expect(attempts).toHaveLength(1);
    // In the owner's language, with the ways back in; no link that would confirm or sign in.
    expect(attempts[0]).toMatchObject({
      template: "sign-up-attempt",
      subject: "Your address already has a Cabas account",
    });
    expect(attempts[0].text).toContain(`${APP}/connexion`);
    expect(attempts[0].text).toContain(`${APP}/mot-de-passe-oublie`);
    expect(attempts[0].text).not.toContain("confirmer-email");

    const after = await db().user.findUniqueOrThrow({ where: { id: owner.id } });
    expect(after).toEqual(owner);
    expect(await db().emailVerificationToken.count({ where: { userId: owner.id } })).toBe(0);

    const created = await db().user.findUniqueOrThrow({ where: { email: "nouvelle@example.test" } });
    expect(created.emailVerifiedAt).toBeNull();
    expect(created.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("limits the e-mails sent to one address, without changing the answer", async () => {
    const email = "souvent@example.test";
    for (let i = 0; i < LIMITS.accountEmailsByAddress.points + 2; i++)
      expect((await signUp(email)).answer).toEqual({ email });
    expect(await mailsTo(email)).toHaveLength(LIMITS.accountEmailsByAddress.points);
    expect(await db().user.count({ where: { email } })).toBe(1);
  });
});

describe("the verification link", () => {
  it("is only read by the page, then confirms once and brings the callback back", async () => {
    const { input } = await signUp(undefined, { callbackUrl: "/m/bellefontaine/distributions/d1" });
    const token = linkOf((await mailsTo(input.email))[0]);

    // What opening the link (GET) does, twice: nothing is used.
    expect(await getEmailVerification({ token, now })).toEqual({
      email: input.email,
      callbackUrl: "/m/bellefontaine/distributions/d1",
    });
    expect(await getEmailVerification({ token, now })).not.toBeNull();
    expect((await db().user.findUniqueOrThrow({ where: { email: input.email } })).emailVerifiedAt).toBeNull();

    const later = new Date(now.getTime() + 60_000);
    const confirmed = await confirmEmail({ token, now: later });
    expect(confirmed.callbackUrl).toBe("/m/bellefontaine/distributions/d1");
    expect(confirmed.user).toMatchObject({ email: input.email, sessionVersion: 0 });
    expect((await db().user.findUniqueOrThrow({ where: { email: input.email } })).emailVerifiedAt).toEqual(later);

    await expect(confirmEmail({ token, now: later })).rejects.toEqual(new DomainError("EMAIL_LINK_INVALID"));
    expect(await getEmailVerification({ token, now: later })).toBeNull();
  });

  it("expires after 24 hours", async () => {
    const { input } = await signUp();
    const token = linkOf((await mailsTo(input.email))[0]);
    const expired = new Date(now.getTime() + EMAIL_VERIFICATION_TTL_MS);
    expect(await getEmailVerification({ token, now: expired })).toBeNull();
    await expect(confirmEmail({ token, now: expired })).rejects.toEqual(new DomainError("EMAIL_LINK_INVALID"));
    expect((await db().user.findUniqueOrThrow({ where: { email: input.email } })).emailVerifiedAt).toBeNull();
  });

  it("a password-reset link confirms the address too (it reached the mailbox)", async () => {
    const { input } = await signUp();
    await requestPasswordReset({ email: input.email, ip: null, appUrl: APP, now });
    const reset = await db().emailOutbox.findFirstOrThrow({
      where: { toEmail: input.email, template: "password-reset" },
    });
    const token = /token=([\w-]+)/.exec(reset.text!)![1];
    await resetPassword({ token, password: "un nouveau mot de passe", now });
    expect((await db().user.findUniqueOrThrow({ where: { email: input.email } })).emailVerifiedAt).toEqual(now);
  });

  it("a password-reset link carries the page the person came from, so that signing in again goes back there", async () => {
    const { input } = await signUp();
    await requestPasswordReset({ email: input.email, ip: null, appUrl: APP, callbackUrl: "/m/vrac-3-cocus", now });
    const reset = await db().emailOutbox.findFirstOrThrow({
      where: { toEmail: input.email, template: "password-reset" },
    });
    expect(reset.text).toMatch(/reinitialiser-mot-de-passe\?token=[\w-]+&callbackUrl=%2Fm%2Fvrac-3-cocus/);
  });
});

describe("password sign-in before the address is confirmed", () => {
  it("is refused and sends a new link (within the limit); the right password only, and after confirming it works", async () => {
    const { input } = await signUp(undefined, { callbackUrl: "/compte" });
    expect(await attemptSignIn({ email: input.email, password: "pas le bon", ip: null, appUrl: APP, now })).toBeNull();
    expect(await mailsTo(input.email)).toHaveLength(1);

    await expect(
      attemptSignIn({ email: input.email, password: PASSWORD, ip: null, callbackUrl: "/m/x", appUrl: APP, now }),
    ).rejects.toEqual(new DomainError("EMAIL_NOT_VERIFIED"));
    const mails = await mailsTo(input.email);
    expect(mails).toHaveLength(2);
    expect(mails[1].template).toBe("email-verification");

    for (let i = 0; i < LIMITS.accountEmailsByAddress.points; i++)
      await expect(
        attemptSignIn({ email: input.email, password: PASSWORD, ip: null, appUrl: APP, now }),
      ).rejects.toEqual(new DomainError("EMAIL_NOT_VERIFIED"));
    expect(await mailsTo(input.email)).toHaveLength(LIMITS.accountEmailsByAddress.points);

    const resent = await confirmEmail({ token: linkOf(mails[1]), now });
    expect(resent.callbackUrl).toBe("/m/x");
    expect(await attemptSignIn({ email: input.email, password: PASSWORD, ip: null, appUrl: APP, now })).toMatchObject({
      email: input.email,
    });
  });
});

describe("an unconfirmed address", () => {
  const unverified = () => createUser({ emailVerifiedAt: null });
  const refused = new DomainError("EMAIL_NOT_VERIFIED");

  it("cannot accept an invitation", async () => {
    const market = await createMarket();
    const admin = await createUser();
    await createMembership(market.id, admin.id, { isAdmin: true });
    const invitee = await createUser({ emailVerifiedAt: null, email: "invitee@example.test" });
    await inviteMember({
      actor: await loadActor(admin.id),
      marketId: market.id,
      email: invitee.email,
      appUrl: APP,
      now,
    });
    const mail = await db().emailOutbox.findFirstOrThrow({ where: { toEmail: invitee.email } });
    const token = /invitation\/([\w-]+)/.exec(mail.text!)![1];
    await expect(acceptInvitation({ actor: await loadActor(invitee.id), token, now })).rejects.toEqual(refused);
    expect(await db().membership.count({ where: { userId: invitee.id } })).toBe(0);
  });

  it("cannot offer to deliver, ask to be delivered or say they can deliver", async () => {
    const market = await createMarket({ deliveryHelpEnabled: true });
    const distribution = await createDistribution(market, { now, inDays: 3 });
    const need = await createConfirmedOrderFor(distribution);
    await chooseDeliveryHelp({
      actor: await loadActor(need.user.id),
      orderId: need.order.id,
      input: { choice: "NEEDS_DELIVERY", phone: "06 06 06 06 06", address: "1 rue X, 69200 Vénissieux", consent: "on" },
      now,
    });
    const helper = await createConfirmedOrderFor(distribution, { emailVerifiedAt: null });
    const actor = await loadActor(helper.user.id);
    await expect(
      chooseDeliveryHelp({ actor, orderId: helper.order.id, input: { choice: "CAN_DELIVER" }, now }),
    ).rejects.toEqual(refused);
    await db().order.update({ where: { id: helper.order.id }, data: { deliveryHelp: "CAN_DELIVER" } });
    await expect(offerDelivery({ actor, requestOrderId: need.order.id, now })).rejects.toEqual(refused);
    expect(await db().deliveryOffer.count({ where: { requestOrderId: need.order.id } })).toBe(0);

    const asker = await createConfirmedOrderFor(distribution, { emailVerifiedAt: null });
    await expect(
      chooseDeliveryHelp({
        actor: await loadActor(asker.user.id),
        orderId: asker.order.id,
        input: {
          choice: "NEEDS_DELIVERY",
          phone: "06 06 06 06 06",
          address: "2 rue Y, 69200 Vénissieux",
          consent: "on",
        },
        now,
      }),
    ).rejects.toEqual(refused);
  });

  it("cannot create a market or be granted rights in one", async () => {
    const person = await unverified();
    const input = createMarketSchema.parse({
      name: "Marché non confirmé",
      placeName: "Halle",
      address: "1 place",
      zipCode: "69200",
      city: "Vénissieux",
    });
    await expect(
      createMarketUseCase({ actor: await loadActor(person.id), input, geocoder: townGeocoder }),
    ).rejects.toEqual(refused);
    expect(await db().market.count({ where: { name: "Marché non confirmé" } })).toBe(0);

    const market = await createMarket();
    const admin = await createUser();
    await createMembership(market.id, admin.id, { isAdmin: true });
    await createMembership(market.id, person.id);
    await expect(
      setMemberRights({
        actor: await loadActor(admin.id),
        marketId: market.id,
        userId: person.id,
        rights: { isAdmin: true, canManageCatalogs: false, canManageMembers: false, canManageMessages: false },
      }),
    ).rejects.toEqual(refused);
    const membership = await db().membership.findFirstOrThrow({ where: { userId: person.id } });
    expect(membership.isAdmin).toBe(false);
  });
});
