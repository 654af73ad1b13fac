import AxeBuilder from "@axe-core/playwright";
import { expectNoViolations } from "../support/accessibility";
import { demoShopperWithOrder, openDemoDistribution } from "../support/demo";
import { expect, signInAs, test } from "../support/fixtures";

// WCAG 2.1 A/AA, on the pages as a shopper sees them.

for (const path of [
  "/",
  "/m/bellefontaine",
  "/m/bellefontaine/producteurs",
  "/connexion",
  "/inscription",
  "/mot-de-passe-oublie",
  "/aide",
  "/aide/admin",
  "/aide/producteur",
  "/aide/client",
  "/aide/jour-de-distribution",
]) {
  test(`[A11Y] ${path} has no WCAG A/AA violation`, async ({ page }) => {
    await page.goto(path);
    await expectNoViolations(page);
  });
}

test("[A11Y] the shop as visitors get it (the cached showcase) has no WCAG A/AA violation", async ({ page }) => {
  const distribution = await openDemoDistribution();
  await page.goto(`/m/bellefontaine/distributions/${distribution.id}`);
  await expect(page.getByRole("link", { name: "Connectez-vous ou créez un compte pour commander." })).toBeVisible();
  await expectNoViolations(page);
});

test("[A11Y] the error page and the shop's not-found page have no WCAG A/AA violation", async ({ page }) => {
  await page.goto("/dev/erreur"); // throws on purpose (ERROR_TEST_ROUTE=1, lib/error-test-route.ts)
  await expect(page.getByRole("heading", { name: "Une erreur est survenue" })).toBeVisible();
  await expectNoViolations(page);
  await page.goto("/m/ce-marche-n-existe-pas");
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  await expectNoViolations(page);
});

test("[A11Y] the sign-up form with errors has no WCAG A/AA violation", async ({ page }) => {
  await page.goto("/inscription");
  await page.getByRole("button", { name: "Inscription" }).click();
  await expect(
    page.getByText("Cette adresse e-mail n’est pas valide.").or(page.getByText("Ce champ est obligatoire.").first()),
  ).toBeVisible();
  await expectNoViolations(page);
});

test("[A11Y] the pick-up page has no WCAG A/AA violation", async ({ page }) => {
  const distribution = await openDemoDistribution();
  const shopper = await demoShopperWithOrder(
    distribution,
    { firstName: "Eva", lastName: "Lambert" },
    { basket: "confirmed" },
  );
  await signInAs(page, shopper.email);
  await page.goto(`/retrait/${shopper.orderId}`);
  await expect(page.getByRole("radio", { name: "Possibilité de livrer" })).toBeVisible();
  await expectNoViolations(page);
});

test("[A11Y] signed-in pages of each role have no WCAG A/AA violation", async ({ newPerson }) => {
  const distribution = await openDemoDistribution();
  const { query } = await import("../support/db");
  const [catalog] = await query<{ id: string }>(
    `SELECT c.id FROM "Catalog" c JOIN "Producer" p ON p.id = c."producerId" WHERE p.slug = 'epicerie-vrac-minguettes'`,
  );
  const pages: [string, string[]][] = [
    [
      "client@cabas.test",
      ["/compte", `/m/bellefontaine/distributions/${distribution.id}`, "/m/bellefontaine/permanences"],
    ],
    [
      "admin@cabas.test",
      [
        `/admin/${distribution.marketId}`,
        `/admin/${distribution.marketId}/distributions`,
        `/admin/${distribution.marketId}/lieux`,
        `/admin/${distribution.marketId}/distributions/${distribution.id}/validation`,
        `/admin/${distribution.marketId}/membres`,
        `/admin/${distribution.marketId}/messagerie`,
        `/admin/${distribution.marketId}/parametres`,
      ],
    ],
    [
      "producteur@cabas.test",
      ["/producteur?nouveau=1", `/producteur/catalogues/${catalog.id}`, "/producteur/ventes", "/producteur/messages"],
    ],
  ];
  for (const [email, paths] of pages) {
    const page = await newPerson();
    await signInAs(page, email);
    for (const path of paths) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(
        results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      ).toEqual([]);
    }
  }
});

test("[A11Y] on a 375 px phone the admin members table becomes cards, its removal dialog included, with no WCAG A/AA violation", async ({
  newPerson,
}) => {
  const { query } = await import("../support/db");
  const [demo] = await query<{ id: string }>(`SELECT id FROM "Market" WHERE slug = 'bellefontaine'`);
  const page = await newPerson({ viewport: { width: 375, height: 812 } });
  await signInAs(page, "admin@cabas.test");
  await page.goto(`/admin/${demo.id}/membres`);
  const card = page.locator('[data-member="client@cabas.test"]');
  await expect(card).toContainText("VARDA Sarah");
  // Each row is a card (a box of its own, not a table row) and each value shows its column's name beside it;
  // the header row is left to screen readers, which still get a table of rows and cells.
  await expect(card).toHaveCSS("display", "flex");
  await expect(card.getByText("E-mail", { exact: true })).toBeVisible();
  await expect(card.getByText("Solde", { exact: true })).toBeVisible();
  expect((await page.locator("thead").boundingBox())?.height).toBeLessThanOrEqual(1);
  await expect(page.getByRole("row").filter({ hasText: "VARDA Sarah" })).toHaveCount(1);
  await expect(card.getByRole("cell").filter({ hasText: "client@cabas.test" })).toHaveCount(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoViolations(page);

  await card.getByRole("button", { name: "Retirer" }).click();
  await expect(page.getByRole("alertdialog", { name: "Retirer Sarah Varda du marché ?" })).toBeVisible();
  await expectNoViolations(page);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("alertdialog")).toHaveCount(0);

  // From 640 px up the same rows are a table again.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(card).toHaveCSS("display", "table-row");
  await expect(card.getByText("E-mail", { exact: true })).toBeHidden();
});
