import { E2E_PORT, FAKE_STRIPE_PORT } from "../../../playwright.config";
import { query } from "../support/db";
import { expect, test } from "../support/fixtures";

// The public read API (README, Interoperability) from the built server: its OpenAPI document, the demo market's
// distributions and a distribution's products, and a page of another site reading it as a browser does (CORS,
// with the preflight that If-None-Match brings).
const API = `http://127.0.0.1:${E2E_PORT}/api/v1`;

test("[MARKET] the public API describes itself and answers the demo market's distributions and products", async ({
  request,
  page,
}) => {
  const document = await request.get(`${API}/openapi.json`);
  expect(document.status()).toBe(200);
  const openapi = await document.json();
  expect(openapi.openapi).toBe("3.1.0");
  expect(openapi.servers).toEqual([{ url: API }]);
  expect(Object.keys(openapi.paths)).toContain("/markets/{slug}/distributions/{distributionId}/products");

  const answer = await request.get(`${API}/markets/bellefontaine/distributions`);
  expect(answer.status()).toBe(200);
  expect(answer.headers()["cache-control"]).toBe("public, max-age=60, stale-while-revalidate=300");
  const { distributions } = await answer.json();
  const open = distributions.find((d: { state: string }) => d.state === "OPEN");
  expect(open.timeZone).toBe("Europe/Paris");
  expect(open.pickupStartAt).toMatch(/T17:00:00\.000\+0[12]:00$/);
  const [accepted] = await query<{ count: number }>(
    `SELECT count(DISTINCT c."producerId")::int AS count FROM "Participation" pa
       JOIN "Catalog" c ON c.id = pa."catalogId" WHERE pa."distributionId" = $1 AND pa.status = 'ACCEPTED'`,
    [open.id],
  );
  expect(open.producers).toHaveLength(accepted.count);

  const products = await request.get(open.productsUrl);
  expect(products.status()).toBe(200);
  const [offered] = await query<{ count: number }>(
    `SELECT count(*)::int AS count FROM "Product" p
       WHERE p.active AND EXISTS (SELECT 1 FROM "Participation" pa WHERE pa."catalogId" = p."catalogId"
         AND pa."distributionId" = $1 AND pa.status = 'ACCEPTED')
       AND EXISTS (SELECT 1 FROM "CatalogLink" l JOIN "Market" m ON m.id = l."marketId"
         WHERE l."catalogId" = p."catalogId" AND l."unlinkedAt" IS NULL AND m.slug = 'bellefontaine')`,
    [open.id],
  );
  const body = await products.json();
  expect(body.total).toBe(offered.count);
  expect(body.products[0].price).toMatchObject({ currency: "EUR", vatIncluded: true });

  const unknown = await request.get(`${API}/markets/nulle-part`);
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toEqual({ error: { code: "not_found", message: "Nothing public at this address." } });
  const nowhere = await request.get(`${API}/producers`);
  expect(nowhere.status()).toBe(404);
  expect(await nowhere.json()).toEqual(await (await request.get(`${API}/markets/nulle-part`)).json());

  // Another site's page: a plain GET, then one that sends the ETag back (preflighted), which gets a 304.
  await page.goto(`http://127.0.0.1:${FAKE_STRIPE_PORT}/health`);
  const fromElsewhere = await page.evaluate(async (url) => {
    const first = await fetch(url);
    const etag = first.headers.get("ETag")!;
    const again = await fetch(url, { headers: { "If-None-Match": etag }, cache: "no-store" });
    return { status: first.status, name: (await first.json()).name, etag, again: again.status };
  }, `${API}/markets/bellefontaine`);
  expect(fromElsewhere).toMatchObject({ status: 200, name: "Marché VRAC de Bellefontaine", again: 304 });
  expect(fromElsewhere.etag).toMatch(/^".+"$/);
});
