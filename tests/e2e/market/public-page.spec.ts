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
  const open = page.locator('article[data-state="OPEN"]');
  await expect(open).toContainText(/Order until \S+ \d+ \S+ at 23:59/);
  // The English page's links stay in English, whoever follows them (a shared /en/… address, no cookie).
  await expect(open.getByRole("link", { name: "Order" })).toHaveAttribute(
    "href",
    /^\/en\/m\/bellefontaine\/distributions\//,
  );
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("heading", { name: "Prochaines distributions" })).toBeVisible();
});

test("[MARKET] public pages have an icon and a description for search engines, in their language", async ({ page }) => {
  const description = page.locator('meta[name="description"]');
  await page.goto("/m/bellefontaine");
  // The market's own words, whatever the language of the page.
  const own = "Épicerie en vrac, légumes et pain de producteurs locaux, à prix accessibles.";
  await expect(description).toHaveAttribute("content", own);
  for (const icon of await page.locator('link[rel="icon"]').all()) {
    expect((await page.request.get((await icon.getAttribute("href"))!)).status()).toBe(200);
  }
  // Asked for by browsers whatever the page says.
  expect((await page.request.get("/favicon.ico")).headers()["content-type"]).toBe("image/x-icon");
  await page.goto("/en/m/bellefontaine");
  await expect(description).toHaveAttribute("content", own);
  await page.locator('article[data-state="OPEN"]').getByRole("link", { name: "Order" }).click();
  // As a search engine reads it: the page loaded whole (a navigation in the app may show the former page's
  // description beside the new one until React has swapped them).
  await expect(page).toHaveURL(/\/en\/m\/bellefontaine\/distributions\/[^/]+$/);
  await page.reload();
  await expect(description).toHaveAttribute(
    "content",
    /^Order online from the producers of Marché VRAC de Bellefontaine, pick-up \S+ \d+ \S+ \d{4}, 17:00 to 19:00\.$/,
  );
  await page.goto("/");
  await expect(description).toHaveAttribute("content", /^Cabas : commandez en ligne auprès des producteurs/);
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
