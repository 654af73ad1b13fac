import path from "node:path";
import { query } from "../support/db";
import { expect, signInAs, test } from "../support/fixtures";

// The reference catalog another platform published (../shared/fixtures/dfc/README.md): 8 products.
const FDC_CATALOG = path.resolve(process.cwd(), "../shared/fixtures/dfc/fdc-catalog.json");

test("[PRODUCER] DFC: an API key opens the export until revoked; a DFC catalog is previewed, imported, then updated", async ({
  page,
  request,
}) => {
  const [vrac] = await query<{ id: string }>(`SELECT id FROM "Producer" WHERE slug = 'epicerie-vrac-minguettes'`);
  const exportUrl = `/api/dfc/enterprises/${vrac.id}/catalog_items`;
  await signInAs(page, "producteur@cabas.test");
  await page.goto(`/producteur/${vrac.id}`);
  // A catalog of its own for the import, so that the demo catalogs other specs use stay as they are.
  const catalogName = `Import DFC ${Date.now()}`;
  await page.getByLabel("Nom du catalogue").fill(catalogName);
  await page.getByRole("button", { name: "Créer un catalogue" }).click();
  await expect(page.locator("[data-catalog]", { hasText: catalogName })).toBeVisible();
  await page.getByRole("link", { name: "Interopérabilité (DFC)" }).click();
  await expect(page.getByRole("heading", { name: "Interopérabilité", exact: true })).toBeVisible();

  // Without a key, the demo catalogs (not public) are closed.
  expect((await request.get(exportUrl)).status()).toBe(401);
  await page.getByLabel("Nom de la clé (la plateforme qui l’utilise)").fill("Open Food Network");
  await page.getByRole("button", { name: "Créer une clé" }).click();
  await expect(page.getByText("Voici la clé : copiez-la maintenant")).toBeVisible();
  const secret = (await page.locator("[data-api-token]").textContent())!.trim();
  expect(secret).toMatch(/^cabas_/);
  const [stored] = await query<{ tokenHash: string }>(
    `SELECT "tokenHash" FROM "ApiToken" WHERE "producerId" = $1 AND "revokedAt" IS NULL`,
    [vrac.id],
  );
  expect(stored.tokenHash).not.toContain(secret);

  const withKey = await request.get(exportUrl, { headers: { Authorization: `Bearer ${secret}` } });
  expect(withKey.status()).toBe(200);
  expect(withKey.headers()["content-type"]).toBe("application/ld+json; charset=utf-8");
  const document = JSON.stringify(await withKey.json());
  expect(document).toContain("dfc-b:SuppliedProduct");
  expect(document).toContain("Amandes avec peau");
  const etag = withKey.headers()["etag"];
  const unchanged = await request.get(exportUrl, {
    headers: { Authorization: `Bearer ${secret}`, "If-None-Match": etag },
  });
  expect(unchanged.status()).toBe(304);
  expect((await request.get(exportUrl, { headers: { Authorization: "Bearer cabas_faux" } })).status()).toBe(401);

  await page.reload();
  const key = page.locator('[data-api-token-name="Open Food Network"]');
  await expect(key).toContainText("utilisée le");
  await key.getByRole("button", { name: "Révoquer" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Révoquer" }).click();
  await expect(key).toHaveCount(0);
  expect((await request.get(exportUrl, { headers: { Authorization: `Bearer ${secret}` } })).status()).toBe(401);

  // The import: a preview first, nothing written; then the products; then the same file again updates them.
  await page.getByLabel("Dans le catalogue").selectOption({ label: catalogName });
  await page.getByLabel("Fichier DFC (JSON-LD, 5 Mo au plus)").setInputFiles(FDC_CATALOG);
  await page.getByRole("button", { name: "Prévisualiser" }).click();
  await expect(page.getByText("8 à créer, 0 à mettre à jour, 0 refusé")).toBeVisible();
  const preview = page.locator("[data-dfc-preview]");
  await expect(preview).toContainText("Chia Seed, Organic - Retail pack, 300g");
  await expect(preview).toContainText("prix dans une autre devise que l’euro");
  const products = () =>
    query<{ count: number }>(
      `SELECT count(*)::int AS count FROM "Product" p JOIN "Catalog" c ON c.id = p."catalogId" WHERE c.name = $1`,
      [catalogName],
    );
  expect((await products())[0].count).toBe(0);
  await page.getByRole("button", { name: "Importer" }).click();
  await expect(page.getByText("0 mis à jour, 8 créés")).toBeVisible();
  expect((await products())[0].count).toBe(8);

  await page.getByRole("button", { name: "Prévisualiser" }).click();
  await expect(page.getByText("0 à créer, 8 à mettre à jour, 0 refusé")).toBeVisible();
  await page.getByRole("button", { name: "Importer" }).click();
  await expect(page.getByText("8 mis à jour, 0 créé")).toBeVisible();
  expect((await products())[0].count).toBe(8);
  const [beans] = await query<{ priceCents: number; unit: string; quantityPerUnit: string }>(
    `SELECT p."priceCents", p.unit, p."quantityPerUnit"::text FROM "Product" p JOIN "Catalog" c ON c.id = p."catalogId"
     WHERE c.name = $1 AND p.name = 'Baked British Beans - Retail can, 400g (can)'`,
    [catalogName],
  );
  expect(beans).toEqual({ priceCents: 209, unit: "KG", quantityPerUnit: "0.400" });
});
