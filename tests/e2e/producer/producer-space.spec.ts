import { randomUUID } from "node:crypto";
import { query } from "../support/db";
import { openDemoDistribution } from "../support/demo";
import { expect, signInAs, test } from "../support/fixtures";
import { signUpThroughForm } from "../support/sign-up";

test.use({ viewport: { width: 375, height: 812 } });

test("[PRODUCER] sign up, create a catalog with a bulk product, share its number, accept a sale, see the orders", async ({
  page,
}) => {
  const email = `ferme-${Date.now()}@exemple.fr`;
  await page.goto("/producteur?nouveau=1");
  await expect(page.getByRole("heading", { name: "Connexion" })).toBeVisible();
  await page.getByRole("link", { name: "S’inscrire" }).last().click();
  await signUpThroughForm(page, {
    firstName: "Mathieu",
    lastName: "Roux",
    email: email,
    password: "ma ferme en bio",
  });

  await expect(page.getByRole("heading", { name: "Ouvrir mon espace producteur" })).toBeVisible();
  await page.getByLabel("Nom de la ferme ou de l’entreprise").fill("Les Noyers du Lyonnais");
  await page.getByLabel("Commune").fill("Mions");
  await page.getByRole("button", { name: "Créer mon espace producteur" }).click();
  await expect(page.getByRole("heading", { name: "Les Noyers du Lyonnais" })).toBeVisible();

  await page.getByLabel("Nom du catalogue").fill("Fruits secs en vrac");
  await page.getByRole("button", { name: "Créer un catalogue" }).click();
  const card = page.locator("[data-catalog]");
  await expect(card).toContainText("Fruits secs en vrac");
  const number = Number(await card.getAttribute("data-catalog"));
  await expect(card).toContainText(`Numéro à communiquer : ${number}`);
  await expect(card).toContainText(`/catalogues/${number}`);
  await card.getByRole("link", { name: /Voir les produits/ }).click();

  await page.getByLabel("Nom", { exact: true }).fill("Cerneaux de noix");
  await page.getByLabel("Unité", { exact: true }).selectOption("kg");
  await page.getByLabel("Prix TTC (€)").fill("3,2o");
  await page
    .getByLabel(/^Photo/)
    .setInputFiles({ name: "noix.txt", mimeType: "text/plain", buffer: Buffer.from("pas une image") });
  await page.getByLabel(/^Vrac/).check();
  await page.getByLabel("Pas minimum (ex. 0,1 kg)").fill("0,1");
  await page.getByRole("button", { name: "Enregistrer le produit" }).click();
  await expect(page.getByText("Indiquez un prix en euros, par exemple 3,20.")).toBeVisible();
  await expect(page.getByLabel("Nom", { exact: true })).toHaveValue("Cerneaux de noix");
  await page.getByLabel("Prix TTC (€)").fill("24,50");
  // A browser never refills a file input: the photo is chosen again after an error.
  await page
    .getByLabel(/^Photo/)
    .setInputFiles({ name: "noix.txt", mimeType: "text/plain", buffer: Buffer.from("pas une image") });
  await page.getByRole("button", { name: "Enregistrer le produit" }).click();
  await expect(page.getByText("Ce fichier n’est pas une image (JPEG, PNG, WebP…).")).toBeVisible();
  await expect(page.getByLabel("Prix TTC (€)")).toHaveValue("24,50");
  await page.getByLabel(/^Photo/).setInputFiles({
    name: "noix.png",
    mimeType: "image/png",
    buffer: Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      "base64",
    ),
  });
  await page.getByRole("button", { name: "Enregistrer le produit" }).click();
  await expect(page.locator('[data-product="Cerneaux de noix"]')).toContainText("24,50 €/kg");
  const [withPhoto] = await query<{ imageId: string | null }>(
    `SELECT "imageId" FROM "Product" WHERE name = 'Cerneaux de noix'`,
  );
  expect(withPhoto.imageId).not.toBeNull();
  await page.locator('[data-product="Cerneaux de noix"]').getByRole("link", { name: "Dupliquer" }).click();
  await expect(page.getByLabel("Nom", { exact: true })).toHaveValue("Cerneaux de noix (copie)");
  await expect(page.getByLabel("Prix TTC (€)")).toHaveValue("24,50");
  await page.getByLabel("Nom", { exact: true }).fill("Noix entières");
  await page.getByLabel("Prix TTC (€)").fill("12,00");
  await page.getByRole("button", { name: "Enregistrer le produit" }).click();
  await expect(page.getByText("Produit enregistré.")).toBeVisible();
  await page.getByRole("link", { name: "Produits" }).click();
  await expect(page.locator('[data-product="Noix entières"]')).toContainText("12,00 €/kg");
  await expect(page.locator('[data-product="Cerneaux de noix"]')).toContainText("24,50 €/kg");

  // The demo market's admin links the catalog by its number.
  const distribution = await openDemoDistribution();
  const [catalog] = await query<{ id: string }>(`SELECT id FROM "Catalog" WHERE number = $1`, [number]);
  await query(`INSERT INTO "CatalogLink" (id, "catalogId", "marketId") VALUES ($1, $2, $3)`, [
    `e2e-link-${randomUUID()}`,
    catalog.id,
    distribution.marketId,
  ]);

  await page.getByRole("link", { name: "Ventes" }).click();
  const sale = page.locator(`[data-sale="${distribution.id}"]`);
  await expect(sale).toContainText("Pas encore répondu");
  await sale.getByRole("button", { name: "Participer" }).click();
  await expect(sale).toContainText("Accepté");
  expect(
    (
      await query<{ status: string }>(
        `SELECT status FROM "Participation" WHERE "catalogId" = $1 AND "distributionId" = $2`,
        [catalog.id, distribution.id],
      )
    )[0].status,
  ).toBe("ACCEPTED");

  // A shopper orders 0,5 kg (a confirmed basket: a draft is not an order the producer sees).
  const [product] = await query<{ id: string }>(
    `SELECT id FROM "Product" WHERE "catalogId" = $1 AND name = 'Cerneaux de noix'`,
    [catalog.id],
  );
  const [shopper] = await query<{ id: string }>(`SELECT id FROM "User" WHERE email = 'chloe.martin@cabas.test'`);
  const orderId = `e2e-order-${randomUUID()}`;
  const [{ lastBasketNumber }] = await query<{ lastBasketNumber: number }>(
    `UPDATE "Distribution" SET "lastBasketNumber" = "lastBasketNumber" + 1 WHERE id = $1 RETURNING "lastBasketNumber"`,
    [distribution.id],
  );
  await query(
    `INSERT INTO "Order" (id, "marketId", "distributionId", "userId", "basketNumber", "paymentMethod", "confirmedAt", "updatedAt") VALUES ($1, $2, $3, $4, $5, 'ON_SITE', now(), now())`,
    [orderId, distribution.marketId, distribution.id, shopper.id, lastBasketNumber],
  );
  await query(
    `INSERT INTO "OrderLine" (id, "orderId", "productId", quantity, "unitPriceCents", "vatRateBp", "productName", "updatedAt") VALUES ($1, $2, $3, 0.5, 2450, 550, 'Cerneaux de noix', now())`,
    [`e2e-line-${randomUUID()}`, orderId, product.id],
  );

  await sale.getByRole("link", { name: "Voir les commandes" }).click();
  await expect(page.getByRole("heading", { name: "Commandes reçues" })).toBeVisible();
  await expect(page.locator('[data-product-total="Cerneaux de noix"]')).toContainText("0,5 kg");
  await expect(page.locator('[data-product-total="Cerneaux de noix"]')).toContainText("12,25");
  await expect(page.locator(`[data-basket="${lastBasketNumber}"]`)).toContainText("MARTIN Chloé");
  const csv = await page.request.get(
    await page
      .getByRole("link", { name: "CSV" })
      .getAttribute("href")
      .then((h) => h!),
  );
  expect(await csv.text()).toContain(`${lastBasketNumber};MARTIN Chloé;Cerneaux de noix;0,5`);
});

test("[PRODUCER] import products pasted from a spreadsheet, then export them with formulas neutralised", async ({
  page,
}) => {
  const [producer] = await query<{ id: string }>(
    `SELECT pu."producerId" AS id FROM "ProducerUser" pu JOIN "User" u ON u.id = pu."userId" WHERE u.email = 'producteur@cabas.test'`,
  );
  await signInAs(page, "producteur@cabas.test");
  await page.goto(`/producteur/${producer.id}`);
  const catalogName = `Import ${Date.now()}`;
  await page.getByLabel("Nom du catalogue").fill(catalogName);
  await page.getByRole("button", { name: "Créer un catalogue" }).click();
  await page
    .locator("[data-catalog]")
    .filter({ hasText: catalogName })
    .getByRole("link", { name: /Voir les produits/ })
    .click();

  // Copied from a spreadsheet: tabs between cells, a description over two lines in quotes, a name that is a formula.
  const field = page.getByLabel("Une ligne par produit, colonnes de l’export : nom;description;categorie;unite;…");
  const rows = (price: string) =>
    [
      "nom\tdescription\tcategorie\tunite\tquantite_par_unite\tprix\ttva",
      '=SOMME(A1:A3)\t"Amandes\nentières, « bio »; sans sel"\tGROCERY\tKG\t1\t14,85\t550',
      `+33 Noisettes\t\tGROCERY\tKG\t1\t${price}\t550`,
    ].join("\n");
  await field.fill(rows("9,9o"));
  await page.getByRole("button", { name: "Prévisualiser" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Ligne 2" })).toContainText("=SOMME(A1:A3)");
  await expect(page.getByRole("row").filter({ hasText: "Ligne 4" })).toContainText("Indiquez un prix en euros");
  await expect(page.getByRole("button", { name: "Importer tous les produits" })).toHaveCount(0);
  await field.fill(rows("9,90"));
  await page.getByRole("button", { name: "Prévisualiser" }).click();
  await page.getByRole("button", { name: "Importer tous les produits" }).click();
  await expect(page.getByText("2 produits importés.")).toBeVisible();
  const [catalog] = await query<{ id: string }>(`SELECT id FROM "Catalog" WHERE name = $1`, [catalogName]);
  expect(
    await query(`SELECT name, description, "priceCents" FROM "Product" WHERE "catalogId" = $1 ORDER BY name`, [
      catalog.id,
    ]),
  ).toEqual([
    { name: "+33 Noisettes", description: null, priceCents: 990 },
    { name: "=SOMME(A1:A3)", description: "Amandes\r\nentières, « bio »; sans sel", priceCents: 1485 },
  ]);

  const csv = await page.request.get(
    await page
      .getByRole("link", { name: "Exporter en CSV" })
      .getAttribute("href")
      .then((h) => h!),
  );
  const text = await csv.text();
  expect(text).toContain(`'+33 Noisettes;;GROCERY;KG;1;9,90;550;non;non;;non;;;oui\r\n`);
  expect(text).toContain(`'=SOMME(A1:A3);"Amandes\r\nentières, « bio »; sans sel";GROCERY;KG;1;14,85;550;`);
});

test("[PRODUCER] producer A cannot read or change producer B's catalog or orders", async ({ page }) => {
  const [other] = await query<{ id: string; producerId: string }>(
    `SELECT c.id, c."producerId" FROM "Catalog" c JOIN "Producer" p ON p.id = c."producerId" WHERE p.slug = 'ferme-des-trois-cocus'`,
  );
  const distribution = await openDemoDistribution();
  await signInAs(page, "producteur@cabas.test");
  expect((await page.goto(`/producteur/catalogues/${other.id}`))?.status()).toBe(404);
  expect((await page.goto(`/producteur/${other.producerId}`))?.status()).toBe(404);
  expect((await page.goto(`/producteur/commandes/${distribution.id}?producteur=${other.producerId}`))?.status()).toBe(
    404,
  );
  expect((await page.request.get(`/api/statements/producer/${other.producerId}`)).status()).toBe(404);
});

test("[PRODUCER] on a 375 px phone: every section in the tab bar, a product added with its photo from the top of the list, shown with its price, stock and state, and filtered by state", async ({
  page,
}) => {
  const [catalog] = await query<{ id: string }>(
    `SELECT c.id FROM "Catalog" c JOIN "Producer" p ON p.id = c."producerId" WHERE p.slug = 'epicerie-vrac-minguettes' ORDER BY c.number LIMIT 1`,
  );
  await signInAs(page, "producteur@cabas.test");
  await page.goto(`/producteur/catalogues/${catalog.id}`);

  // The five sections fit the screen's width, each label whole, « Versements » included.
  const tabs = page.getByRole("navigation", { name: "Espace producteur" });
  for (const name of ["Catalogues", "Ventes", "Messages", "Versements", "Rapports"]) {
    const box = (await tabs.getByRole("link", { name }).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    const label = tabs.getByRole("link", { name }).locator("span");
    expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  }
  await expect(tabs.getByRole("link", { name: "Catalogues" })).toHaveAttribute("aria-current", "page");

  // « Ajouter un produit » comes before the products, and they before the CSV import.
  const add = page.getByText("Ajouter un produit", { exact: true });
  const firstProduct = page.locator("[data-product]").first();
  const csv = page.getByRole("heading", { name: "Importer des produits (CSV)" });
  expect((await add.boundingBox())!.y).toBeLessThan((await firstProduct.boundingBox())!.y);
  expect((await firstProduct.boundingBox())!.y).toBeLessThan((await csv.boundingBox())!.y);
  await expect(page.getByLabel("Nom", { exact: true })).toBeHidden();

  const name = `Pois chiches ${Date.now()}`;
  await add.click();
  await page.getByLabel("Nom", { exact: true }).fill(name);
  await page.getByLabel("Unité", { exact: true }).selectOption("g");
  await page.getByLabel(/^Quantité par unité/).fill("500");
  await page.getByLabel("Prix TTC (€)").fill("3,20");
  await page.getByLabel(/^Stock/).fill("12");
  await page.getByLabel(/^Photo/).setInputFiles({
    name: "pois.png",
    mimeType: "image/png",
    buffer: Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      "base64",
    ),
  });
  await page.getByRole("button", { name: "Enregistrer le produit" }).click();
  await expect(page.getByText("Produit enregistré.")).toBeVisible();

  const item = page.locator(`[data-product="${name}"]`);
  const [saved] = await query<{ id: string; imageId: string }>(`SELECT id, "imageId" FROM "Product" WHERE name = $1`, [
    name,
  ]);
  expect(saved.imageId).not.toBeNull();
  const photo = item.locator("img");
  await expect(photo).toHaveAttribute("src", `/images/${saved.imageId}`);
  await photo.scrollIntoViewIfNeeded();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(item).toContainText("3,20 € / 500 g");
  await expect(item).toContainText("6,40 €/kg");
  await expect(item).toContainText("Stock : 12");
  await expect(item).toContainText("En vente");
  // A product without a photo gets the placeholder, not an empty gap.
  await expect(page.locator("[data-product] [data-placeholder]").first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  // The filters are links the server answers: out of stock, then disabled.
  await query(`UPDATE "Product" SET stock = 0 WHERE id = $1`, [saved.id]);
  await page.getByRole("link", { name: /^En rupture/ }).click();
  await expect(page).toHaveURL(/\?etat=rupture$/);
  await expect(page.getByRole("link", { name: /^En rupture/ })).toHaveAttribute("aria-current", "page");
  await expect(item).toContainText("En rupture");
  await expect(item).toContainText("Stock : 0");
  await expect(page.locator('[data-product]:not([data-state="outOfStock"])')).toHaveCount(0);
  await item.getByRole("button", { name: "Désactiver" }).click();
  await expect(item).toHaveCount(0);
  await page.getByRole("link", { name: /^Désactivés/ }).click();
  await expect(item).toContainText("Désactivé");
  await expect(page.locator('[data-product]:not([data-state="disabled"])')).toHaveCount(0);
  await page.getByRole("link", { name: /^Tous/ }).click();
  await expect(item).toBeVisible();
  await expect(page.locator('[data-product][data-state="active"]').first()).toBeVisible();
});
