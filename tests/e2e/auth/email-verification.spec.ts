import { randomUUID } from "node:crypto";
import { expect, test } from "../support/fixtures";
import { query } from "../support/db";
import { checkInbox, verificationLinkPath } from "../support/sign-up";

async function fillSignUp(page: import("@playwright/test").Page, email: string, password = "un mot de passe neuf") {
  await page.getByLabel("Prénom").fill("Inès");
  await page.getByLabel("Nom", { exact: true }).fill("Garcia");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByLabel("J’accepte la politique de confidentialité de Cabas").check();
  await page.getByRole("button", { name: "Inscription" }).click();
}

async function expectSignedOut(page: import("@playwright/test").Page) {
  expect((await page.context().cookies()).map((c) => c.name).filter((n) => n.includes("session-token"))).toEqual([]);
  await page.goto("/");
  await expect(
    page.getByRole("navigation", { name: "Navigation" }).getByRole("link", { name: "Connexion" }),
  ).toBeVisible();
}

test("[AUTH] a taken address gets the answer a new one gets, and nobody is signed in", async ({ page }) => {
  const [before] = await query<{ passwordHash: string; firstName: string }>(
    `SELECT "passwordHash", "firstName" FROM "User" WHERE email = 'client@cabas.test'`,
  );
  await page.goto("/inscription");
  await fillSignUp(page, "client@cabas.test");
  await expect(page.getByText(checkInbox("client@cabas.test"))).toBeVisible();
  await expectSignedOut(page);

  const fresh = `ines-${randomUUID().slice(0, 6)}@exemple.fr`;
  await page.goto("/inscription");
  await fillSignUp(page, fresh);
  await expect(page.getByText(checkInbox(fresh))).toBeVisible();
  await expectSignedOut(page);

  // The known account is untouched; its owner was told, in an e-mail of its own.
  const [after] = await query<{ passwordHash: string; firstName: string }>(
    `SELECT "passwordHash", "firstName" FROM "User" WHERE email = 'client@cabas.test'`,
  );
  expect(after).toEqual(before);
  const templates = await query<{ template: string }>(
    `SELECT template FROM "EmailOutbox" WHERE "toEmail" = $1 ORDER BY "createdAt"`,
    ["client@cabas.test"],
  );
  expect(templates.map((m) => m.template)).toContain("sign-up-attempt");
  const [created] = await query<{ emailVerifiedAt: Date | null }>(
    `SELECT "emailVerifiedAt" FROM "User" WHERE email = $1`,
    [fresh],
  );
  expect(created.emailVerifiedAt).toBeNull();
});

test("[AUTH] the e-mailed link signs the new person in and lands where the form was going", async ({ page }) => {
  const email = `jules-${randomUUID().slice(0, 6)}@exemple.fr`;
  await page.goto(`/inscription?callbackUrl=${encodeURIComponent("/m/bellefontaine")}`);
  await fillSignUp(page, email);
  await expect(page.getByText(checkInbox(email))).toBeVisible();

  // Opening the link (as a mail scanner would, twice) uses nothing.
  const link = await verificationLinkPath(email);
  await page.goto(link);
  await page.goto(link);
  await expect(page.getByText(`Confirmez l’adresse ${email} pour ouvrir votre compte Cabas.`)).toBeVisible();
  const [opened] = await query<{ emailVerifiedAt: Date | null }>(
    `SELECT "emailVerifiedAt" FROM "User" WHERE email = $1`,
    [email],
  );
  expect(opened.emailVerifiedAt).toBeNull();

  await page.getByRole("button", { name: "Confirmer mon adresse" }).click();
  await expect(page).toHaveURL(/\/m\/bellefontaine$/);
  await expect(page.getByRole("button", { name: "Déconnexion" })).toBeVisible();
  const [confirmed] = await query<{ emailVerifiedAt: Date | null }>(
    `SELECT "emailVerifiedAt" FROM "User" WHERE email = $1`,
    [email],
  );
  expect(confirmed.emailVerifiedAt).not.toBeNull();

  // Used once: the link now says so.
  await page.goto(link);
  await expect(page.getByText("Ce lien n’est plus valable.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Confirmer mon adresse" })).toHaveCount(0);
});

test("[AUTH] a password sign-in before the address is confirmed is refused, and sends the link again", async ({
  page,
}) => {
  const email = `nora-${randomUUID().slice(0, 6)}@exemple.fr`;
  await page.goto("/inscription");
  await fillSignUp(page, email, "mon mot de passe à moi");
  await expect(page.getByText(checkInbox(email))).toBeVisible();

  await page.goto("/connexion");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Mot de passe").fill("mon mot de passe à moi");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(
    page.getByText("Confirmez d’abord votre adresse e-mail : nous venons de vous renvoyer le lien."),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Déconnexion" })).toHaveCount(0);
  const links = await query<{ count: string }>(
    `SELECT count(*) FROM "EmailOutbox" WHERE "toEmail" = $1 AND template = 'email-verification'`,
    [email],
  );
  expect(Number(links[0].count)).toBe(2);

  // Auth.js's own endpoint refuses it the same way, with its code for the sign-in page.
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const refused = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: "mon mot de passe à moi", callbackUrl: "/" },
    maxRedirects: 0,
  });
  const location = refused.headers().location ?? (await refused.json()).url;
  expect(location).toContain("code=email_not_verified");
  await page.goto(new URL(location).pathname + new URL(location).search);
  await expect(
    page.getByText("Confirmez d’abord votre adresse e-mail : nous venons de vous renvoyer le lien."),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Déconnexion" })).toHaveCount(0);
});
