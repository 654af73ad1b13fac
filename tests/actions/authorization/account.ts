import { expect } from "vitest";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db/client";
import { createUser } from "../../support/factories";
import { entry, type Entry } from "./matrix";
import { sessionCookieSet } from "./request";
import { uniqueEmail } from "./rows";
import { PASSWORD, passwordHash, ROLES, SIGNED_IN, userIdOf, type World } from "./world";

const AUTH = "lib/actions/auth.ts";
const EMAIL_CHANGE = "lib/actions/email-change.ts";
const NEW_PASSWORD = "un-tout-autre-mot-de-passe";

// Where a redirect goes on this site (Auth.js answers with absolute addresses).
const pathOf = (answer: unknown) => {
  const url = new URL((answer as { location: string }).location, "http://cabas.test");
  return `${url.pathname}${url.search}${url.hash}`;
};

// The account's own actions: each signed-in person acts on their own account, whatever their rights; the
// public ones (sign-up, password reset) take no account from the session at all, only what was typed or the
// e-mailed token.
export const accountRows: Entry<unknown>[] = [
  // The right password signs in (Auth.js's credentials provider sets the session cookie) and writes nothing.
  entry({
    target: `${AUTH}#signInAction`,
    allowed: ROLES,
    readOnly: true,
    setup: async () => createUser({ passwordHash: await passwordHash() }),
    input: { form: ({ fixture: user }) => ({ email: user.email, password: PASSWORD, callbackUrl: "/compte" }) },
    effect: async (_cell, answer) => {
      expect(pathOf(answer)).toBe("/compte");
      expect(sessionCookieSet()).toBe(true);
    },
  }),
  // The e-mailed link's button: the link is used once, the address confirmed, and its owner signed in.
  entry({
    target: `${AUTH}#confirmEmailAction`,
    allowed: ROLES,
    sameWorld: true,
    setup: async (world) => {
      const user = await createUser({ emailVerifiedAt: null });
      const { token, tokenHash } = newToken();
      const expiresAt = new Date(world.now.getTime() + 3_600_000);
      await db().emailVerificationToken.create({
        data: { userId: user.id, tokenHash, expiresAt, callbackUrl: "/compte" },
      });
      return { user, token };
    },
    input: { form: ({ fixture }) => ({ token: fixture.token }) },
    effect: async ({ fixture }, answer) => {
      expect(pathOf(answer)).toBe("/compte");
      expect(sessionCookieSet()).toBe(true);
      expect((await db().user.findUniqueOrThrow({ where: { id: fixture.user.id } })).emailVerifiedAt).not.toBeNull();
    },
  }),
  entry({
    target: `${AUTH}#signUpAction`,
    allowed: ROLES,
    sameWorld: true,
    setup: async () => uniqueEmail("nouveau"),
    input: {
      form: ({ fixture: email }) => ({
        firstName: "Sam",
        lastName: "Neuf",
        email,
        password: PASSWORD,
        privacy: "on",
      }),
    },
    effect: async ({ fixture: email }) =>
      expect((await db().user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).toBeNull(),
  }),
  entry({
    target: `${AUTH}#forgotPasswordAction`,
    allowed: ROLES,
    sameWorld: true,
    setup: () => createUser(),
    input: { form: ({ fixture: user }) => ({ email: user.email }) },
    effect: async ({ fixture: user }) =>
      expect(await db().passwordResetToken.count({ where: { userId: user.id, usedAt: null } })).toBe(1),
  }),
  entry({
    target: `${AUTH}#resetPasswordAction`,
    allowed: ROLES,
    sameWorld: true,
    setup: async (world) => {
      const user = await createUser();
      const { token, tokenHash } = newToken();
      const expiresAt = new Date(world.now.getTime() + 3_600_000);
      await db().passwordResetToken.create({ data: { userId: user.id, tokenHash, expiresAt } });
      return { user, token };
    },
    input: { form: ({ fixture }) => ({ token: fixture.token, password: NEW_PASSWORD }) },
    effect: async ({ fixture }) => {
      const used = await db().passwordResetToken.findUniqueOrThrow({ where: { tokenHash: hashToken(fixture.token) } });
      expect(used.usedAt).not.toBeNull();
      expect((await db().user.findUniqueOrThrow({ where: { id: fixture.user.id } })).sessionVersion).toBe(1);
    },
  }),
  entry({
    target: `${AUTH}#changePasswordAction`,
    allowed: SIGNED_IN,
    sameWorld: true,
    input: { form: () => ({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD }) },
    effect: async ({ userId }, answer) => {
      expect(pathOf(answer)).toBe("/compte?mot-de-passe=change#password-title");
      // This device signed in again with the new password.
      expect(sessionCookieSet()).toBe(true);
      expect((await db().user.findUniqueOrThrow({ where: { id: userId! } })).sessionVersion).toBe(1);
    },
  }),
  entry({
    target: `${AUTH}#deleteAccountAction`,
    allowed: SIGNED_IN,
    sameWorld: true,
    input: { form: () => ({ password: PASSWORD }) },
    effect: async ({ userId }, answer) => {
      expect(pathOf(answer)).toBe("/?compte=supprime");
      expect((await db().user.findUniqueOrThrow({ where: { id: userId! } })).deletedAt).not.toBeNull();
    },
  }),
  // A change of address asked by anybody signed in, for their own account: a link to the new address.
  entry({
    target: `${EMAIL_CHANGE}#requestEmailChangeAction`,
    allowed: SIGNED_IN,
    sameWorld: true,
    setup: async () => uniqueEmail("nouvelle-adresse"),
    input: { form: ({ fixture: newEmail }) => ({ newEmail, currentPassword: PASSWORD }) },
    effect: async ({ userId, fixture: newEmail }) =>
      expect(await db().emailChange.count({ where: { userId: userId!, newEmail, confirmedAt: null } })).toBe(1),
  }),
  // The link's button works only for the account that asked (here the member): anyone else is told the link is
  // not valid, and nothing changes.
  entry({
    target: `${EMAIL_CHANGE}#confirmEmailChangeAction`,
    allowed: ["member"],
    refusals: ["EMAIL_CHANGE_LINK_INVALID"],
    setup: (world) => pendingChange(world),
    input: { form: ({ fixture }) => ({ token: fixture.token }) },
    effect: async ({ fixture }, answer) => {
      expect(pathOf(answer)).toBe("/compte?adresse=changee#email-title");
      expect((await db().user.findUniqueOrThrow({ where: { id: fixture.userId } })).email).toBe(fixture.newEmail);
    },
  }),
  // The « it was not me » link from the old mailbox: the link is the credential, whoever follows it.
  entry({
    target: `${EMAIL_CHANGE}#revertEmailChangeAction`,
    allowed: ROLES,
    setup: async (world) => {
      const change = await pendingChange(world);
      const oldEmail = (await db().user.findUniqueOrThrow({ where: { id: change.userId } })).email;
      const { token, tokenHash } = newToken();
      await db().emailChange.update({
        where: { id: change.id },
        data: {
          confirmedAt: world.now,
          oldEmail,
          revertTokenHash: tokenHash,
          revertExpiresAt: new Date(world.now.getTime() + 3_600_000),
        },
      });
      await db().user.update({ where: { id: change.userId }, data: { email: change.newEmail } });
      return { ...change, oldEmail, token };
    },
    input: { form: ({ fixture }) => ({ token: fixture.token, password: NEW_PASSWORD }) },
    effect: async ({ fixture }) =>
      expect((await db().user.findUniqueOrThrow({ where: { id: fixture.userId } })).email).toBe(fixture.oldEmail),
  }),
];

// The member of the world's market has asked to move to a new address; the link's token.
async function pendingChange(world: World) {
  const userId = userIdOf(world, "member")!;
  const { token, tokenHash } = newToken();
  const newEmail = uniqueEmail("nouvelle-adresse");
  const change = await db().emailChange.create({
    data: { userId, newEmail, tokenHash, expiresAt: new Date(world.now.getTime() + 3_600_000) },
  });
  return { id: change.id, userId, newEmail, token };
}
