import type { Page } from "@playwright/test";
import { expectNoViolations } from "../support/accessibility";
import { openDemoDistribution, demoShopperWithOrder } from "../support/demo";
import { expect, signInAs, test } from "../support/fixtures";
import { basketBar, basketSheet } from "../support/shop";

test.use({ viewport: { width: 375, height: 812 } });

// Where the focus is: on an element of the open sheet, on nothing (the browser's own controls, past the sheet's
// last element), or on an element of the page behind it.
function focusPlace(page: Page) {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return "nothing";
    return focused.closest("dialog[open]") ? "sheet" : "page";
  });
}

const pageScrolls = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).overflow !== "hidden");

// Issue #20: on a phone the basket opens from a bar at the bottom of the shop, with its running total, in a
// bottom sheet that holds its lines, its total and « Valider ma commande »: a modal dialog (the focus kept
// inside, the page behind inert and still), closed by Escape, its close button or a tap beside it, the focus then
// back on the bar. The panel the wider screens show beside the products is hidden: the basket shows once.
test("[SHOP] on a 375 px phone the basket bar shows the running total and opens the basket in a modal bottom sheet", async ({
  page,
}) => {
  const distribution = await openDemoDistribution();
  const { email } = await demoShopperWithOrder(distribution, {
    firstName: "Inès",
    lastName: "Moreau",
    phone: "06 11 22 33 44",
  });
  await signInAs(page, email);
  const shop = `/m/bellefontaine/distributions/${distribution.id}`;
  await page.goto(`${shop}/recherche?q=${encodeURIComponent("Amandes avec peau")}`);
  const bar = basketBar(page);
  const sheet = basketSheet(page);
  await expect(bar).toHaveCount(0);
  const almonds = page.getByRole("article", { name: "Amandes avec peau" });
  await almonds.getByLabel("Quantité de Amandes avec peau").fill("0,5");
  await almonds.getByRole("button", { name: "Commander" }).click();
  // The total follows the basket without a reload.
  await expect(bar).toHaveAccessibleName(/^Panier · 1 article · 7,43\s€$/);
  await expect(page.locator("#panier")).toBeHidden();
  await expect(page.getByRole("heading", { name: /^Ma commande/ })).toHaveCount(0);

  await bar.click();
  await expect(sheet).toBeVisible();
  const close = sheet.getByRole("button", { name: "Fermer le panier" });
  await expect(close).toBeFocused();
  await expect(sheet.getByTestId("basket-total")).toHaveText(/7,43/);
  expect(await pageScrolls(page)).toBe(false);
  await close.click();
  await expect(sheet).toBeHidden();
  await expect(bar).toBeFocused();
  expect(await pageScrolls(page)).toBe(true);

  await page.getByLabel("Rechercher un produit").fill("baguette");
  await page.getByRole("button", { name: "Chercher" }).click();
  const baguette = page.getByRole("article", { name: "Baguette tradition" });
  await baguette.getByLabel("Quantité de Baguette tradition").fill("2");
  await baguette.getByRole("button", { name: "Commander" }).click();
  await expect(bar).toHaveAccessibleName(/^Panier · 2 articles · 10,03\s€$/);

  await expect(sheet).toBeHidden();
  await bar.click();
  await expect(sheet).toBeVisible();
  await expect(close).toBeFocused();
  await expect(sheet.getByRole("listitem").filter({ hasText: "0,5 kg · Amandes avec peau" })).toBeVisible();
  await expect(sheet.getByRole("listitem").filter({ hasText: "2 · Baguette tradition" })).toBeVisible();
  await expect(sheet.getByTestId("basket-total")).toHaveText(/10,03/);
  // The sheet sits at the bottom of the screen (once it has slid up).
  await expect
    .poll(async () => {
      const box = await sheet.boundingBox();
      return box && Math.round(box.y + box.height);
    })
    .toBe(812);
  await expectNoViolations(page);

  // Tab goes through the sheet's controls and comes back to the first, never reaching the page behind (past the
  // last control the browser's own controls take the focus once, as it does for any modal dialog).
  const stops = await sheet.locator("a[href], button:not([disabled]), input:not([type=hidden])").count();
  const places = [];
  for (let i = 0; i < stops + 1; i++) {
    await page.keyboard.press("Tab");
    places.push(await focusPlace(page));
  }
  expect(places).not.toContain("page");
  expect(places.filter((place) => place === "sheet")).toHaveLength(stops);
  await expect(close).toBeFocused();

  // A change made in the sheet moves its total and the bar's.
  await sheet.getByLabel("Quantité de Amandes avec peau").fill("1");
  await sheet.getByRole("button", { name: "Mettre à jour" }).first().click();
  await expect(sheet.getByTestId("basket-total")).toHaveText(/17,45/);
  await expect(bar).toHaveAccessibleName(/^Panier · 2 articles · 17,45\s€$/);

  // Escape closes it and gives the focus back to the bar.
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await expect(bar).toBeFocused();

  // A tap on the dimmed page above the sheet closes it too.
  await bar.click();
  await expect(sheet).toBeVisible();
  await page.mouse.click(187, 20);
  await expect(sheet).toBeHidden();

  await bar.click();
  await sheet.getByRole("link", { name: "Valider ma commande" }).click();
  await expect(page).toHaveURL(/\/commande\//);
  expect(await pageScrolls(page)).toBe(true);
  await page.getByRole("radio", { name: /Paiement sur place/ }).check();
  await page.getByRole("button", { name: "Sélectionner" }).click();
  await expect(page.getByText("Votre commande est bien enregistrée !")).toBeVisible();
});

// From 640 px up the basket stays the panel beside the products, with no bar and no sheet.
test("[SHOP] on a tablet the basket is the panel of the page, with no sheet", async ({ newPerson }) => {
  const distribution = await openDemoDistribution();
  const { email } = await demoShopperWithOrder(distribution, {
    firstName: "Noé",
    lastName: "Tablette",
    phone: "06 11 22 33 55",
  });
  const page = await newPerson({ viewport: { width: 768, height: 1024 } });
  await signInAs(page, email);
  await page.goto(`/m/bellefontaine/distributions/${distribution.id}/recherche?q=baguette`);
  const baguette = page.getByRole("article", { name: "Baguette tradition" });
  await baguette.getByLabel("Quantité de Baguette tradition").fill("2");
  await baguette.getByRole("button", { name: "Commander" }).click();
  const panel = page.locator("#panier");
  await expect(panel.getByTestId("basket-total")).toHaveText(/2,60/);
  await expect(panel).toBeVisible();
  await expect(basketBar(page)).toBeHidden();
  await expect(basketSheet(page)).toBeHidden();
  await expect(page.getByRole("heading", { name: /^Ma commande/ })).toHaveCount(1);
});
