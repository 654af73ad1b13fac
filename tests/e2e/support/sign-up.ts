import { expect, type Page } from "@playwright/test";
import { linkPathInMail } from "./mailbox";

export type NewPerson = { firstName: string; lastName: string; email: string; password: string };

export const checkInbox = (email: string) =>
  `Vérifiez votre boîte mail : nous avons envoyé un lien à ${email} pour confirmer votre adresse.`;

// The path of the last verification link e-mailed to this address.
export function verificationLinkPath(email: string): Promise<string> {
  return linkPathInMail(email, "email-verification", "/confirmer-email");
}

// Signing up as a person does: the form (already open on `page`), the consent, the « check your inbox » answer,
// then the link of the e-mail and its confirm button, which signs in and goes where the form was going.
export async function signUpThroughForm(page: Page, person: NewPerson) {
  await page.getByLabel("Prénom").fill(person.firstName);
  await page.getByLabel("Nom", { exact: true }).fill(person.lastName);
  await page.getByLabel("E-mail").fill(person.email);
  await page.getByLabel("Mot de passe").fill(person.password);
  await page.getByLabel("J’accepte la politique de confidentialité de Cabas").check();
  await page.getByRole("button", { name: "Inscription" }).click();
  await expect(page.getByText(checkInbox(person.email))).toBeVisible();
  await page.goto(await verificationLinkPath(person.email));
  await page.getByRole("button", { name: "Confirmer mon adresse" }).click();
}
