import { expect, type Page } from "@playwright/test";
import { signUpThroughForm } from "./sign-up";

// A new person signs up and creates a market of their own (its settings page open); returns its id.
export async function newMarketAdmin(page: Page, marketName: string) {
  await page.goto("/inscription");
  await signUpThroughForm(page, {
    firstName: "Hugo",
    lastName: "Martin",
    email: `hugo-${Date.now()}@exemple.fr`,
    password: "un marché à moi",
  });
  await expect(page.getByRole("button", { name: "Déconnexion" })).toBeVisible();
  await page.goto("/admin");
  await page.getByLabel("Nom du marché").fill(marketName);
  await page.getByLabel("Nom du lieu").fill("Halle");
  await page.getByLabel("Adresse", { exact: true }).fill("2 rue du Marché");
  await page.getByLabel("Code postal").fill("69200");
  await page.getByLabel("Commune").fill("Vénissieux");
  await page.getByRole("button", { name: "Créer le marché" }).click();
  await expect(page.getByRole("heading", { name: "Paramètres du marché" })).toBeVisible();
  return page.url().split("/admin/")[1].split("/")[0];
}
