import { expect, signInAs, test } from "../support/fixtures";

// The built-in guides (issue 17, item 6): each space's « Aide » opens its guide, whose links open the app.

test("[HELP] an admin opens the admin guide from the admin space, and its link back into the app", async ({ page }) => {
  await signInAs(page, "admin@cabas.test");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Aide", exact: true }).click();
  await expect(page).toHaveURL(/\/aide\/admin$/);
  await expect(page.getByRole("heading", { level: 1, name: "Administrer un marché" })).toBeVisible();
  await expect(page.getByRole("link", { name: "aide@cabas.test" })).toHaveAttribute("href", "mailto:aide@cabas.test");
  await page.getByRole("link", { name: "Guide du jour de distribution →" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tenir une distribution" })).toBeVisible();
  await page.getByRole("link", { name: "Mes distributions →" }).click();
  await expect(page).toHaveURL(/\/jour$/);
});

test("[HELP] a producer opens the producer guide, then its sales", async ({ page }) => {
  await signInAs(page, "producteur@cabas.test");
  await page.goto("/producteur");
  await page.getByRole("link", { name: "Aide", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vendre comme producteur" })).toBeVisible();
  await page.getByRole("link", { name: "Ventes →" }).click();
  await expect(page).toHaveURL(/\/producteur\/ventes$/);
});

test("[HELP] a shopper opens the shopper guide from the market page, in French and in English", async ({ page }) => {
  await page.goto("/m/bellefontaine");
  await page.getByRole("link", { name: "Aide", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Commander dans un marché" })).toBeVisible();
  await page.getByRole("link", { name: "S’inscrire →" }).click();
  await expect(page).toHaveURL(/\/inscription$/);

  await page.goto("/en/aide");
  await expect(page.getByRole("heading", { level: 1, name: "Help" })).toBeVisible();
  await expect(page.getByText("Need help? Write to")).toBeVisible();
  await page.getByRole("link", { name: "Ordering from a market" }).click();
  await expect(page).toHaveURL(/\/en\/aide\/client$/);
  await page.getByRole("link", { name: "My account →" }).click();
  await expect(page).toHaveURL(/\/en\/(compte|connexion)/);
});
