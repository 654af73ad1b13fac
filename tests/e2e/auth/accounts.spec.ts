import { expect, test } from "../support/fixtures";
import { query } from "../support/db";
import { checkInbox, signUpThroughForm } from "../support/sign-up";

test("[AUTH] sign-up errors are shown next to their field and what was typed stays", async ({ page }) => {
  await page.goto("/inscription");
  await page.getByLabel("Prénom").fill("Camille");
  await page.getByLabel("Nom", { exact: true }).fill("Durand");
  await page.getByLabel("E-mail").fill("camille@exemple");
  await page.getByLabel("Mot de passe").fill("court");
  await page.getByRole("button", { name: "Inscription" }).click();
  await expect(page.getByText("Cette adresse e-mail n’est pas valide.")).toBeVisible();
  await expect(page.getByText("Le mot de passe doit faire au moins 10 caractères.")).toBeVisible();
  await expect(page.getByText("Acceptez la politique de confidentialité pour créer votre compte.")).toBeVisible();
  await expect(page.getByLabel("J’accepte la politique de confidentialité de Cabas")).not.toBeChecked();
  await expect(page.getByRole("link", { name: "Lire la politique de confidentialité" })).toHaveAttribute(
    "href",
    "/confidentialite",
  );
  await expect(page.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Prénom")).toHaveValue("Camille");
  await expect(page.getByLabel("E-mail")).toHaveValue("camille@exemple");

  await page.getByLabel("E-mail").fill("client@cabas.test");
  await page.getByLabel("Mot de passe").fill("un mot de passe long");
  await page.getByLabel("J’accepte la politique de confidentialité de Cabas").check();
  await page.getByRole("button", { name: "Inscription" }).click();
  // A taken address gets the answer a new one gets (tests/e2e/auth/email-verification.spec.ts).
  await expect(page.getByText(checkInbox("client@cabas.test"))).toBeVisible();
});

test("[AUTH] sign up, sign out, sign in again, and reset a forgotten password", async ({ page }) => {
  const email = `nouveau-${Date.now()}@exemple.fr`;
  await page.goto("/inscription");
  await signUpThroughForm(page, {
    firstName: "Nora",
    lastName: "Lefèvre",
    email,
    password: "mon premier mot de passe",
  });
  await expect(page.getByRole("button", { name: "Déconnexion" })).toBeVisible();
  const [user] = await query<{ passwordHash: string; locale: string }>(
    `SELECT "passwordHash", locale FROM "User" WHERE email = $1`,
    [email],
  );
  expect(user.passwordHash).toMatch(/^\$argon2id\$/);
  expect(user.locale).toBe("fr");

  await page.getByRole("button", { name: "Déconnexion" }).click();
  await expect(page.getByRole("link", { name: "Connexion" })).toBeVisible();

  await page.goto("/connexion");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Mot de passe").fill("pas le bon");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText("E-mail ou mot de passe incorrect.")).toBeVisible();
  await expect(page.getByLabel("E-mail")).toHaveValue(email);

  await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
  await expect(page.getByRole("heading", { name: "Mot de passe oublié" })).toBeVisible();
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "Envoyer le lien" }).click();
  await expect(page.getByText(/un e-mail vient de lui être envoyé/)).toBeVisible();
  const [mail] = await query<{ text: string }>(
    `SELECT text FROM "EmailOutbox" WHERE "toEmail" = $1 AND template = 'password-reset' ORDER BY "createdAt" DESC LIMIT 1`,
    [email],
  );
  const link = /(http:\/\/\S+reinitialiser-mot-de-passe\?token=[\w-]+)/.exec(mail.text)![1];

  await page.goto(link);
  await page.getByLabel("Mot de passe").fill("mon second mot de passe");
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(page.getByText("Votre mot de passe a été changé.")).toBeVisible();

  await page.goto("/connexion");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Mot de passe").fill("mon second mot de passe");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("button", { name: "Déconnexion" })).toBeVisible();
});
