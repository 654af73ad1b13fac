import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { query } from "../support/db";
import { openDemoDistribution } from "../support/demo";
import { expect, signInAs, test } from "../support/fixtures";

// The public pages are served from Next's cache, each dropped by the writes that change it (lib/public-cache.ts,
// README Performance): a visitor never sees a page older than the producer's last change. Here the writes are the
// app's own (a producer's forms), not the database behind its back, which would drop every page anyway.

// A page as a visitor gets it, asked for twice: the second time it must come from the cache.
async function cachedPage(request: APIRequestContext, path: string): Promise<string> {
  const first = await request.get(path);
  expect(first.status(), path).toBe(200);
  const again = await request.get(path);
  expect(again.headers()["x-nextjs-cache"], path).toBe("HIT");
  return again.text();
}

// « 12 produits · n° 3 » on a catalog's page (React separates the texts it joins with empty comments).
const productCount = (html: string) => Number(/(\d+) produits? · n°/.exec(html.replaceAll("<!-- -->", ""))?.[1]);

test("[SHOP] a producer's change reaches the cached search and shared catalog pages at once: a product renamed, then switched off", async ({
  page,
  request,
}) => {
  const distribution = await openDemoDistribution();
  const shop = `/m/bellefontaine/distributions/${distribution.id}`;
  const [catalog] = await query<{ id: string; number: number }>(
    `SELECT c.id, c.number FROM "Catalog" c JOIN "Producer" p ON p.id = c."producerId" WHERE p.slug = 'epicerie-vrac-minguettes'`,
  );
  const token = randomUUID().slice(0, 8);
  const before = `Tisane témoin ${token}`;
  const after = `Infusion témoin ${token}`;
  const productId = `e2e-product-${randomUUID()}`;
  await query(
    `INSERT INTO "Product" (id, "catalogId", name, "priceCents", category, "updatedAt") VALUES ($1, $2, $3, 450, 'GROCERY', now())`,
    [productId, catalog.id, before],
  );
  const search = (words: string) => `${shop}/recherche/${encodeURIComponent(words)}`;
  try {
    expect(await cachedPage(request, search(token))).toContain(before);
    expect(await cachedPage(request, search(before))).toContain(before);
    const catalogPage = `/catalogues/${catalog.number}`;
    const count = productCount(await cachedPage(request, catalogPage));
    expect(count).toBeGreaterThan(1);

    await signInAs(page, "producteur@cabas.test");
    await page.goto(`/producteur/produits/${productId}`);
    await page.getByLabel("Nom", { exact: true }).fill(after);
    await page.getByRole("button", { name: "Enregistrer le produit" }).click();
    await expect(page.getByText("Produit enregistré.")).toBeVisible();

    const renamed = await cachedPage(request, search(token));
    expect(renamed).toContain(after);
    expect(renamed).not.toContain(before);
    expect(await cachedPage(request, search(before))).toContain("Aucun produit ne correspond.");

    await page.goto(`/producteur/catalogues/${catalog.id}`);
    await page.locator(`[data-product="${after}"]`).getByRole("button", { name: "Désactiver" }).click();
    await expect(page.locator(`[data-product="${after}"]`)).toContainText("Désactivé");

    expect(await cachedPage(request, search(token))).toContain("Aucun produit ne correspond.");
    expect(productCount(await cachedPage(request, catalogPage))).toBe(count - 1);
  } finally {
    await query(`DELETE FROM "Product" WHERE id = $1`, [productId]);
  }
});

test("[SHOP] a name search finds the shop's products whatever their case, one category or all, a page at a time", async ({
  page,
}) => {
  const distribution = await openDemoDistribution();
  const shop = `/m/bellefontaine/distributions/${distribution.id}`;
  await page.goto(shop);
  await page.getByLabel("Rechercher un produit").fill("  AMANDES ");
  await page.getByRole("button", { name: "Chercher" }).click();
  // The form's query is sent on to the search's own address, the words as the shop reads them.
  await expect(page).toHaveURL(new RegExp(`${shop}/recherche/AMANDES$`));
  const cards = page.getByRole("article");
  await expect(cards).toHaveCount(3);
  for (const name of ["Amandes avec peau", "Amandes émondées", "Amandes en poudre"])
    await expect(page.getByRole("article", { name })).toBeVisible();
  await expect(page.getByLabel("Rechercher un produit")).toHaveValue("AMANDES");

  await page.getByLabel("Type de produits").selectOption("Épicerie");
  await page.getByRole("button", { name: "Chercher" }).click();
  await expect(page).toHaveURL(new RegExp(`${shop}/recherche/AMANDES/grocery$`));
  await expect(cards).toHaveCount(3);
  await page.getByLabel("Type de produits").selectOption("Boulangerie");
  await page.getByRole("button", { name: "Chercher" }).click();
  await expect(page.getByText("Aucun produit ne correspond.")).toBeVisible();

  // Characters that an address reads otherwise are words like any other.
  await page.goto(`${shop}/recherche?q=${encodeURIComponent("50% / _?")}`);
  await expect(page.getByLabel("Rechercher un produit")).toHaveValue("50% / _?");
  await expect(page.getByText("Aucun produit ne correspond.")).toBeVisible();
});

test("[SHOP] the home page is one cached page for everybody; a member's markets come once in the browser", async ({
  page,
  request,
}) => {
  const visitorHome = await cachedPage(request, "/");
  // Nobody's markets in the page everybody is served (its « Mes marchés » section is drawn in the browser).
  expect(visitorHome).not.toContain('aria-labelledby="my-markets"');
  expect(visitorHome).not.toContain("/m/bellefontaine");
  await signInAs(page, "client@cabas.test");
  expect((await page.request.get("/")).headers()["x-nextjs-cache"]).toBe("HIT");
  await page.goto("/");
  const mine = page.getByRole("region", { name: "Mes marchés" });
  await expect(mine.getByRole("link", { name: "Marché VRAC de Bellefontaine" })).toHaveAttribute(
    "href",
    "/m/bellefontaine",
  );
  // An older link's market search reaches the search's page.
  await page.goto("/?q=saint-priest");
  await expect(page).toHaveURL(/\/recherche\?q=saint-priest$/);
  await expect(page.getByRole("link", { name: "Marché VRAC de Bellefontaine" })).toBeVisible();
});
