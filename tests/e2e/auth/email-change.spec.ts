import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expectNoViolations } from "../support/accessibility";
import { query } from "../support/db";
import { expect, test } from "../support/fixtures";
import { linkPathInMail, mailsTo } from "../support/mailbox";
import { signUpThroughForm } from "../support/sign-up";

const PASSWORD = "mon mot de passe à moi";
const address = (name: string) => `${name}-${randomUUID().slice(0, 6)}@exemple.fr`;

async function signUp(page: Page, email: string) {
  await page.goto("/inscription");
  await signUpThroughForm(page, { firstName: "Inès", lastName: "Garcia", email, password: PASSWORD });
  await expect(page.getByRole("button", { name: "Déconnexion" })).toBeVisible();
}

// « Mon compte » → « Adresse e-mail », as a person fills it in.
async function askForAddress(page: Page, newEmail: string, password = PASSWORD) {
  await page.goto("/compte");
  const section = page.getByRole("region", { name: "Adresse e-mail" });
  await section.getByLabel("Nouvelle adresse e-mail").fill(newEmail);
  await section.getByLabel("Mot de passe actuel").fill(password);
  await section.getByRole("button", { name: "Changer d’adresse" }).click();
  return section;
}

async function signInThroughForm(page: Page, email: string, password = PASSWORD) {
  await page.goto("/connexion");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

test("[AUTH] change one's e-mail address: confirmed at the new address, the old one told, sign-in with the new one only", async ({
  page,
  newPerson,
}) => {
  const oldEmail = address("ines");
  const newEmail = address("ines-nouvelle");
  await signUp(page, oldEmail);

  // A wrong password: the error next to its field, the address typed kept, nothing sent.
  let section = await askForAddress(page, newEmail, "pas le bon");
  await expect(section.getByText("Mot de passe incorrect.")).toBeVisible();
  await expect(section.getByLabel("Nouvelle adresse e-mail")).toHaveValue(newEmail);
  await expect(section.getByLabel("Mot de passe actuel")).toHaveAttribute("aria-invalid", "true");
  expect(await mailsTo(newEmail, "email-change")).toEqual([]);
  await expectNoViolations(page);

  section = await askForAddress(page, newEmail);
  await expect(
    section.getByText(
      `Nous avons envoyé un lien à ${newEmail}. Ouvrez-le dans les 24 heures, connecté à ce compte, pour confirmer cette adresse.`,
    ),
  ).toBeVisible();
  await expect(section.getByText(`En attente : un lien a été envoyé à ${newEmail}.`, { exact: false })).toBeVisible();
  await expect(section.getByText(`Vous vous connectez avec ${oldEmail}.`)).toBeVisible();

  // The link, opened twice (a mail scanner would), changes nothing until its button is used.
  const link = await linkPathInMail(newEmail, "email-change", "/compte/nouvelle-adresse");
  await page.goto(link);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Confirmer ma nouvelle adresse" })).toBeVisible();
  await expect(page.getByText(`Utiliser ${newEmail} à la place de ${oldEmail}`, { exact: false })).toBeVisible();
  const [unchanged] = await query<{ count: string }>(`SELECT count(*) FROM "User" WHERE email = $1`, [oldEmail]);
  expect(Number(unchanged.count)).toBe(1);
  await expectNoViolations(page);

  await page.getByRole("button", { name: "Confirmer ma nouvelle adresse" }).click();
  await expect(page).toHaveURL(/\/compte\?adresse=changee/);
  await expect(
    page.getByText(`C’est fait : votre adresse e-mail est maintenant ${newEmail}. Connectez-vous désormais avec elle.`),
  ).toBeVisible();
  // The session goes on.
  await expect(page.getByRole("button", { name: "Déconnexion" })).toBeVisible();
  const [user] = await query<{ email: string }>(`SELECT email FROM "User" WHERE email IN ($1, $2)`, [
    oldEmail,
    newEmail,
  ]);
  expect(user.email).toBe(newEmail);

  // The old address was told, with the way back.
  const [notice] = await mailsTo(oldEmail, "email-changed");
  expect(notice.subject).toBe("L’adresse e-mail de votre compte Cabas a changé");
  expect(notice.text).toContain(newEmail);
  expect(notice.text).toMatch(/\/retablir-adresse\?token=/);

  // Used once: the link says so.
  await page.goto(link);
  await expect(page.getByText("Ce lien a déjà servi : l’adresse a été changée.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Confirmer ma nouvelle adresse" })).toHaveCount(0);

  // Elsewhere, only the new address signs in.
  const elsewhere = await newPerson();
  await signInThroughForm(elsewhere, oldEmail);
  await expect(elsewhere.getByText("E-mail ou mot de passe incorrect.")).toBeVisible();
  await signInThroughForm(elsewhere, newEmail);
  await expect(elsewhere.getByRole("button", { name: "Déconnexion" })).toBeVisible();
});

test("[AUTH] a change of address can only be confirmed by the account that asked, and undone from the old address", async ({
  page,
  newPerson,
}) => {
  const oldEmail = address("louis");
  const newEmail = address("louis-nouvelle");
  await signUp(page, oldEmail);
  await askForAddress(page, newEmail);
  await expect(page.getByText(`Nous avons envoyé un lien à ${newEmail}.`, { exact: false })).toBeVisible();
  const link = await linkPathInMail(newEmail, "email-change", "/compte/nouvelle-adresse");

  // Someone else, signed in to another account, cannot attach the address to theirs.
  const someoneElse = await newPerson();
  await signUp(someoneElse, address("autre"));
  await someoneElse.goto(link);
  await expect(
    someoneElse.getByText("Ce lien a été demandé depuis un autre compte Cabas.", { exact: false }),
  ).toBeVisible();
  await expect(someoneElse.getByRole("button", { name: "Confirmer ma nouvelle adresse" })).toHaveCount(0);

  // A visitor is asked to sign in first, then comes back to the link.
  const visitor = await newPerson();
  await visitor.goto(link);
  await expect(visitor).toHaveURL(/\/connexion\?callbackUrl=/);
  await visitor.getByLabel("E-mail").fill(oldEmail);
  await visitor.getByLabel("Mot de passe").fill(PASSWORD);
  await visitor.getByRole("button", { name: "Se connecter" }).click();
  await visitor.getByRole("button", { name: "Confirmer ma nouvelle adresse" }).click();
  await expect(visitor.getByText(`votre adresse e-mail est maintenant ${newEmail}`, { exact: false })).toBeVisible();

  // « It was not me »: the old address comes back, with a new password, and every session ends.
  await page.goto(await linkPathInMail(oldEmail, "email-changed", "/retablir-adresse"));
  await expect(
    page.getByText(`Remettre ${oldEmail} comme adresse de votre compte Cabas.`, { exact: false }),
  ).toBeVisible();
  await expectNoViolations(page);
  await page.getByLabel("Nouveau mot de passe").fill("un mot de passe tout neuf");
  await page.getByRole("button", { name: "Récupérer mon compte" }).click();
  await expect(page.getByText(`C’est fait : votre adresse est de nouveau ${oldEmail}`, { exact: false })).toBeVisible();
  await visitor.goto("/compte");
  await expect(visitor).toHaveURL(/\/connexion/);

  await signInThroughForm(page, newEmail, "un mot de passe tout neuf");
  await expect(page.getByText("E-mail ou mot de passe incorrect.")).toBeVisible();
  await signInThroughForm(page, oldEmail, "un mot de passe tout neuf");
  await expect(page.getByRole("button", { name: "Déconnexion" })).toBeVisible();
});
