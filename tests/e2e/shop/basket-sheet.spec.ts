import { openDemoDistribution, demoShopperWithOrder } from "../support/demo";
import { expect, signInAs, test } from "../support/fixtures";

test.use({ viewport: { width: 375, height: 812 } });

// Issue #20: on a phone the basket opens from a bar at the bottom of the shop, with its running total, in a
// bottom sheet that holds its lines, its total and « Valider ma commande ».
test("[SHOP] on a 375 px phone the basket bar shows the running total and opens the basket in a bottom sheet", async ({
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
  const bar = page.getByRole("button", { name: /^Panier · / });
  await expect(bar).toHaveCount(0);
  const almonds = page.getByRole("article", { name: "Amandes avec peau" });
  await almonds.getByLabel("Quantité de Amandes avec peau").fill("0,5");
  await almonds.getByRole("button", { name: "Commander" }).click();
  // The total follows the basket without a reload.
  await expect(bar).toHaveAccessibleName(/^Panier · 1 article · 7,43\s€$/);

  await page.getByLabel("Rechercher un produit").fill("baguette");
  await page.getByRole("button", { name: "Chercher" }).click();
  const baguette = page.getByRole("article", { name: "Baguette tradition" });
  await baguette.getByLabel("Quantité de Baguette tradition").fill("2");
  await baguette.getByRole("button", { name: "Commander" }).click();
  await expect(bar).toHaveAccessibleName(/^Panier · 2 articles · 10,03\s€$/);

  const sheet = page.getByRole("dialog", { name: /Ma commande/ });
  await expect(sheet).toBeHidden();
  await bar.click();
  await expect(sheet).toBeVisible();
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

  // Escape closes it and gives the focus back to the bar.
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await expect(bar).toBeFocused();

  await bar.click();
  await sheet.getByRole("link", { name: "Valider ma commande" }).click();
  await expect(page).toHaveURL(/\/commande\//);
  await page.getByRole("radio", { name: /Paiement sur place/ }).check();
  await page.getByRole("button", { name: "Sélectionner" }).click();
  await expect(page.getByText("Votre commande est bien enregistrée !")).toBeVisible();
});
