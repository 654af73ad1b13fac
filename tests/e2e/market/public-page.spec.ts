import { expect, test } from "../support/fixtures";

test("[MARKET] the shared link shows upcoming distributions with their state", async ({ page }) => {
  await page.goto("/m/bellefontaine");
  await expect(page.getByRole("heading", { level: 1, name: "Marché VRAC de Bellefontaine" })).toBeVisible();
  const open = page.locator('article[data-state="OPEN"]');
  await expect(open).toHaveCount(1);
  await expect(open).toContainText("Commandes ouvertes");
  await expect(open).toContainText(/Commandez jusqu’au \S+ \d+ \S+ à 23:59/);
  await expect(open).toContainText("de 17:00 à 19:00");
  await expect(open.getByRole("link", { name: "Commander" })).toBeVisible();
  const notYet = page.locator('article[data-state="NOT_YET_OPEN"]');
  await expect(notYet).toContainText(/Ouverture des commandes le \S+ \d+ \S+ à 08:00/);
  await expect(notYet.getByRole("link", { name: "Commander" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Lieux de distribution" })).toBeVisible();
  await expect(page.getByText("MJC Jean Cocteau").first()).toBeVisible();
});

test("[MARKET] the page is in English once English is chosen", async ({ page }) => {
  await page.goto("/m/bellefontaine");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Upcoming distributions" })).toBeVisible();
  await expect(page.locator('article[data-state="OPEN"]')).toContainText(/Order until \S+ \d+ \S+ at 23:59/);
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("heading", { name: "Prochaines distributions" })).toBeVisible();
});

test("[MARKET] an unknown market is a proper 404", async ({ page }) => {
  const response = await page.goto("/m/marche-qui-n-existe-pas");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
});

test("[MARKET] a market is found by its town", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Indiquez la commune de votre marché").fill("saint-priest");
  await page.getByRole("button", { name: "Chercher" }).click();
  await page.getByRole("link", { name: "Marché VRAC de Bellefontaine" }).click();
  await expect(page).toHaveURL(/\/m\/bellefontaine$/);
});
