import { randomUUID } from "node:crypto";
import { expect, signInAs, test } from "../support/fixtures";
import { query } from "../support/db";
import { demoShopperWithOrder, openDemoDistribution } from "../support/demo";
import { closeBasket, openBasket } from "../support/shop";

// A public page is one page per address and language, the same for everybody, served from Next's cache; what is
// personal comes once the page is in the browser (README, Performance). A change to the offer must reach
// visitors at once, not a minute later.
test("[SHOP] one cached shop page per address and language for visitors and members alike; members get their basket and the order forms once in the browser; stock running out reaches visitors at once, the cached page staying", async ({
  newPerson,
  page,
}) => {
  const distribution = await openDemoDistribution();
  const shop = `/m/bellefontaine/distributions/${distribution.id}`;
  const bakery = `${shop}/bakery`;
  const [fougasse] = await query<{ id: string }>(`SELECT id FROM "Product" WHERE name = 'Fougasse aux olives'`);
  await query(`UPDATE "Product" SET stock = 1 WHERE id = $1`, [fougasse.id]);
  const visitor = await newPerson({ locale: "fr-FR" });
  try {
    await visitor.request.get(bakery);
    const cached = await visitor.request.get(bakery);
    expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
    // Cached by Next only: an unprefixed address sends readers of English elsewhere, which a CDN would not know.
    expect(cached.headers()["cache-control"]).toBe("private, no-cache");
    // A search has its own address, cached like the shop's other pages; an older link's query reaches it.
    const search = await visitor.request.get(`${shop}?categorie=BAKERY&q=fougasse`);
    expect(search.url()).toMatch(new RegExp(`${shop}/recherche/fougasse/bakery$`));
    expect(await search.text()).toContain("Fougasse aux olives");
    expect((await visitor.request.get(search.url())).headers()["x-nextjs-cache"]).toBe("HIT");

    const englishPage = await newPerson({ locale: "en-US" });
    await englishPage.goto(bakery);
    await expect(englishPage).toHaveURL(new RegExp(`/en${bakery}$`));
    await expect(englishPage.locator("html")).toHaveAttribute("lang", "en");
    // A product card names its producer with a link to their page, in the page's language.
    const [baker] = await query<{ name: string; slug: string }>(
      `SELECT p.name, p.slug FROM "Product" pr JOIN "Catalog" c ON c.id = pr."catalogId" JOIN "Producer" p ON p.id = c."producerId" WHERE pr.id = $1`,
      [fougasse.id],
    );
    const producerLink = englishPage
      .getByRole("article", { name: "Fougasse aux olives" })
      .getByRole("link", { name: baker.name });
    await expect(producerLink).toHaveAttribute("href", `/en/producteurs/${baker.slug}`);
    expect(await (await englishPage.request.get(`/en/producteurs/${baker.slug}`)).text()).toContain(baker.name);
    await expect(englishPage.getByRole("link", { name: "Sign in or create an account to order." })).toBeVisible();
    // Choosing French brings the French page, at the French address.
    await englishPage.getByRole("button", { name: "Français" }).click();
    await expect(
      englishPage.getByRole("link", { name: "Connectez-vous ou créez un compte pour commander." }),
    ).toBeVisible();
    await expect(englishPage.locator("html")).toHaveAttribute("lang", "fr");
    await expect(englishPage).toHaveURL(new RegExp(`:\\d+${bakery}$`));

    // A signed-in shopper gets the very same page, then their own parts, and orders the last fougasse.
    const shopper = await demoShopperWithOrder(distribution, {
      firstName: "Lison",
      lastName: "Vitrine",
      phone: "06 11 22 33 44",
    });
    await signInAs(page, shopper.email);
    // (Setting the shopper up wrote to the database behind the app's back, which drops the cached pages.)
    await page.request.get(bakery);
    expect((await page.request.get(bakery)).headers()["x-nextjs-cache"]).toBe("HIT");
    await page.goto(bakery);
    await expect(page.getByRole("link", { name: "Mon compte" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Connectez-vous ou créez un compte pour commander." })).toHaveCount(0);
    await expect(page.locator("#panier")).toContainText("Votre panier est vide");
    const article = page.getByRole("article", { name: "Fougasse aux olives" });
    await article.getByLabel("Quantité de Fougasse aux olives").fill("1");
    await article.getByRole("button", { name: "Commander" }).click();
    // On the phone, the basket with lines is in the bottom sheet the bar opens.
    await expect(await openBasket(page)).toContainText("1 · Fougasse aux olives");
    await closeBasket(page);
    // The order moved stock and nothing else of the page: the cached copy stays, the stock left shows live.
    expect((await page.request.get(bakery)).headers()["x-nextjs-cache"]).toBe("HIT");
    await expect(article).toContainText("Rupture de stock");
    await expect(article.getByRole("button", { name: "Commander" })).toHaveCount(0);
    // The English page, with the same basket; signing out leaves it.
    await page.getByRole("button", { name: "English" }).click();
    await expect(page).toHaveURL(new RegExp(`/en${bakery}$`));
    const basket = await openBasket(page);
    await expect(basket).toContainText("1 · Fougasse aux olives");
    await expect(basket.getByRole("heading", { name: "My order" })).toBeVisible();
    await closeBasket(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/en$/);

    await visitor.goto(bakery);
    await expect(
      visitor.getByRole("link", { name: "Connectez-vous ou créez un compte pour commander." }),
    ).toBeVisible();
    const back = `callbackUrl=${encodeURIComponent(shop)}`;
    await expect(
      visitor.getByRole("navigation", { name: "Navigation" }).getByRole("link", { name: "S’inscrire" }),
    ).toHaveAttribute("href", `/inscription?${back}`);
    await expect(visitor.getByRole("article", { name: "Fougasse aux olives" })).toContainText("Rupture de stock");
    await expect(visitor.getByRole("button", { name: "Commander" })).toHaveCount(0);
  } finally {
    await query(`UPDATE "Product" SET stock = 10 WHERE id = $1`, [fougasse.id]);
  }
});

// A page view costs the cached page and at most one request for what is personal or live (app/api/personal):
// none for a visitor where nothing live is shown, the stock left where the shop shows managed stock; and a basket
// change is one request (app/api/basket), whose answer brings the new basket.
test("[SHOP] a visitor's page view asks for nothing unless the page shows managed stock; a member's asks once; a basket change is one request", async ({
  newPerson,
  page,
}) => {
  const distribution = await openDemoDistribution();
  const bakery = `/m/bellefontaine/distributions/${distribution.id}/bakery`;
  const [fougasse] = await query<{ id: string }>(`SELECT id FROM "Product" WHERE name = 'Fougasse aux olives'`);
  await query(`UPDATE "Product" SET stock = 5 WHERE id = $1`, [fougasse.id]);
  const asked = (person: typeof page) => {
    const sent: string[] = [];
    person.on("request", (request) => {
      const url = new URL(request.url());
      if (request.resourceType() === "fetch" && !("next-router-prefetch" in request.headers()))
        sent.push(`${request.method()} ${url.pathname}${url.search}`);
    });
    return sent;
  };
  try {
    const visitor = await newPerson({ locale: "fr-FR" });
    const visitorSent = asked(visitor);
    await visitor.goto("/m/bellefontaine", { waitUntil: "networkidle" });
    await visitor.goto("/producteurs/fournil-de-soupetard", { waitUntil: "networkidle" });
    expect(visitorSent).toEqual([]);
    await visitor.goto(bakery, { waitUntil: "networkidle" });
    expect(visitorSent).toEqual([
      expect.stringMatching(new RegExp(`^GET /api/personal\\?distribution=.*${fougasse.id}`)),
    ]);
    await expect(visitor.getByRole("article", { name: "Fougasse aux olives" })).toBeVisible();
    await expect(visitor.getByRole("button", { name: "Commander" })).toHaveCount(0);

    const shopper = await demoShopperWithOrder(distribution, {
      firstName: "Anouk",
      lastName: "Requete",
      phone: "06 10 20 30 40",
    });
    await signInAs(page, shopper.email);
    const shopperSent = asked(page);
    await page.goto("/m/bellefontaine", { waitUntil: "networkidle" });
    await expect(page.getByText("Vous êtes membre de ce marché.")).toBeVisible();
    expect(shopperSent).toEqual(["GET /api/personal?market=bellefontaine"]);
    await page.goto(bakery, { waitUntil: "networkidle" });
    await expect(page.locator("#panier")).toContainText("Votre panier est vide");
    shopperSent.length = 0;
    const article = page.getByRole("article", { name: "Fougasse aux olives" });
    await article.getByLabel("Quantité de Fougasse aux olives").fill("2");
    await article.getByRole("button", { name: "Commander" }).click();
    const basket = await openBasket(page);
    await expect(basket.getByTestId("basket-total")).toBeVisible();
    await expect(basket).toContainText("2 · Fougasse aux olives");
    await page.waitForLoadState("networkidle");
    expect(shopperSent).toEqual(["POST /api/basket"]);
    await closeBasket(page);

    // Signed out, the same person is a visitor again: the market page asks for nothing.
    await page.getByRole("button", { name: "Déconnexion" }).click();
    await expect(page).toHaveURL(/:\d+\/$/);
    shopperSent.length = 0;
    await page.goto("/m/bellefontaine", { waitUntil: "networkidle" });
    await expect(page.getByRole("link", { name: "Connexion" })).toBeVisible();
    expect(shopperSent).toEqual([]);
  } finally {
    await query(`UPDATE "Product" SET stock = 10 WHERE id = $1`, [fougasse.id]);
  }
});

test("[SHOP] the shop's cached page shows the sale open as soon as it opens, not a minute later", async ({ page }) => {
  const [demo] = await query<{ marketId: string; placeId: string }>(
    `SELECT d."marketId", d."placeId" FROM "Distribution" d JOIN "Market" m ON m.id = d."marketId" WHERE m.slug = 'bellefontaine' LIMIT 1`,
  );
  // Far in the future, so that no other spec picks it as "the open distribution".
  const id = `e2eclock${randomUUID().replaceAll("-", "").slice(0, 20)}`;
  const opensAt = new Date(Date.now() + 6000);
  await query(
    `INSERT INTO "Distribution" (id, "marketId", "placeId", day, "pickupStartAt", "pickupEndAt", "ordersOpenAt", "ordersCloseAt", "updatedAt")
     VALUES ($1, $2, $3, '2027-06-15', '2027-06-15T16:00:00Z', '2027-06-15T18:00:00Z', $4, '2027-06-14T18:00:00Z', now())`,
    [id, demo.marketId, demo.placeId, opensAt],
  );
  try {
    const path = `/m/bellefontaine/distributions/${id}`;
    await page.goto(path);
    await expect(page.getByText(/Les commandes ouvriront le/)).toBeVisible();
    expect((await page.request.get(path)).headers()["x-nextjs-cache"]).toBe("HIT");
    await page.waitForTimeout(opensAt.getTime() - Date.now() + 500);
    // The first request after the instant may still get the old copy while Next renders the new one.
    await expect
      .poll(async () => (await page.request.get(path)).text(), { timeout: 10_000 })
      .toContain("La commande fermera le");
  } finally {
    await query(`DELETE FROM "Distribution" WHERE id = $1`, [id]);
  }
});

test("[MARKET] the market page is cached for everybody; a signed-in person gets their membership once in the browser", async ({
  page,
}) => {
  // From the cache (STALE: served while Next renders it again, its minute being over).
  const fromCache = ["HIT", "STALE"];
  await page.request.get("/m/bellefontaine");
  expect(fromCache).toContain((await page.request.get("/m/bellefontaine")).headers()["x-nextjs-cache"]);
  await signInAs(page, "client@cabas.test");
  expect(fromCache).toContain((await page.request.get("/m/bellefontaine")).headers()["x-nextjs-cache"]);
  await page.goto("/m/bellefontaine");
  await expect(page.getByText("Vous êtes membre de ce marché.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Calendrier des permanences" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Mon compte" })).toBeVisible();
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.+/);
});

test("[SHOP] an unknown address answers 404 with the site's page", async ({ page }) => {
  const response = await page.goto("/nulle-part");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Retour à l’accueil" })).toBeVisible();
});
