import { query } from "../support/db";
import { demoShopperWithOrder, ownDemoDistribution, startPickup } from "../support/demo";
import { expect, signInAs, test } from "../support/fixtures";

test.use({ viewport: { width: 1366, height: 900 } });

const cents = (text: string) => Math.round(Number(text.replace(/[^\d,-]/g, "").replace(",", ".")) * 100);

test("[ADMIN] the members table is sorted by a header, searched and filtered by the server, from its address", async ({
  page,
}) => {
  const [demo] = await query<{ id: string }>(`SELECT id FROM "Market" WHERE slug = 'bellefontaine'`);
  await signInAs(page, "admin@cabas.test");
  await page.goto(`/admin/${demo.id}/membres`);
  const balance = page.getByRole("columnheader", { name: "Solde" });
  await expect(page.getByRole("columnheader", { name: "Nom" })).toHaveAttribute("aria-sort", "ascending");
  await expect(balance).toHaveAttribute("aria-sort", "none");

  await balance.getByRole("link").click();
  await expect(page).toHaveURL(/\?tri=solde$/);
  await expect(balance).toHaveAttribute("aria-sort", "ascending");
  const balances = async () => (await page.locator("[data-member] td:nth-child(4)").allInnerTexts()).map(cents);
  const ascending = await balances();
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  await balance.getByRole("link").click();
  await expect(page).toHaveURL(/\?tri=solde&ordre=desc$/);
  await expect(balance).toHaveAttribute("aria-sort", "descending");
  expect(await balances()).toEqual([...ascending].sort((a, b) => b - a));

  // The search keeps the sort; accents and case do not matter.
  const search = page.getByRole("search", { name: "Rechercher" });
  await search.getByLabel("Rechercher").fill("VÁRDA");
  await search.getByRole("button", { name: "Appliquer" }).click();
  await expect(page).toHaveURL(/q=V%C3%81RDA/);
  await expect(page.locator("[data-member]")).toHaveCount(1);
  await expect(page.locator('[data-member="client@cabas.test"]')).toBeVisible();
  await expect(balance).toHaveAttribute("aria-sort", "descending");

  await search.getByRole("link", { name: "Tout afficher" }).click();
  await search.getByLabel("Afficher").selectOption({ label: "Admins" });
  await search.getByRole("button", { name: "Appliquer" }).click();
  await expect(page.locator('[data-member="admin@cabas.test"]')).toBeVisible();
  const rows = page.locator("[data-member]");
  await expect(rows.filter({ hasNot: page.locator('[data-slot="badge"]', { hasText: "admin" }) })).toHaveCount(0);
});

test("[ADMIN] a distribution's baskets are searched, filtered by state and sorted on the validation and orders pages", async ({
  page,
}) => {
  const distribution = await ownDemoDistribution(["epicerie-vrac-minguettes", "fournil-de-soupetard"]);
  const zoe = await demoShopperWithOrder(
    distribution,
    { firstName: "Zoé", lastName: "Abadie" },
    { basket: "confirmed" },
  );
  const yann = await demoShopperWithOrder(
    distribution,
    { firstName: "Yann", lastName: "Zeller" },
    { basket: "confirmed" },
  );
  await startPickup(distribution.id);
  await query(`UPDATE "Order" SET "validatedAt" = now() WHERE id = $1`, [yann.orderId]);
  await signInAs(page, "admin@cabas.test");
  const base = `/admin/${distribution.marketId}/distributions/${distribution.id}`;

  await page.goto(`${base}/validation`);
  const names = () => page.locator("details[data-basket] > summary").allInnerTexts();
  expect((await names()).map((n) => n.split(" ")[0])).toEqual(["ABADIE", "ZELLER"]);
  const filters = page.getByRole("search", { name: "Rechercher" });
  await filters.getByLabel("Trier par").selectOption({ label: "N°" });
  await filters.getByLabel("Ordre").selectOption({ label: "décroissant" });
  await filters.getByRole("button", { name: "Appliquer" }).click();
  expect((await names()).map((n) => n.split(" ")[0])).toEqual(
    yann.basketNumber > zoe.basketNumber ? ["ZELLER", "ABADIE"] : ["ABADIE", "ZELLER"],
  );
  await filters.getByLabel("Afficher").selectOption({ label: "À valider" });
  await filters.getByRole("button", { name: "Appliquer" }).click();
  await expect(page.locator("details[data-basket]")).toHaveCount(1);
  await expect(page.locator("details[data-basket]")).toContainText("ABADIE Zoé");
  await filters.getByLabel("Afficher").selectOption({ label: "Validés" });
  await filters.getByRole("button", { name: "Appliquer" }).click();
  await expect(page.locator("details[data-basket]")).toHaveCount(1);
  await expect(page.locator("details[data-basket] > summary")).toContainText("Validé");

  await page.goto(`${base}/commandes?q=zeller`);
  await expect(page.locator("tr[data-basket]")).toHaveCount(1);
  await expect(page.locator(`tr[data-basket="${yann.basketNumber}"]`)).toContainText("ZELLER Yann");
  await page.goto(`${base}/commandes`);
  await page.getByRole("columnheader", { name: "Membre" }).getByRole("link").click();
  await expect(page.getByRole("columnheader", { name: "Membre" })).toHaveAttribute("aria-sort", "ascending");
  await page.getByRole("columnheader", { name: "Membre" }).getByRole("link").click();
  await expect(page.getByRole("columnheader", { name: "Membre" })).toHaveAttribute("aria-sort", "descending");
  await expect(page.locator("tr[data-basket]").first()).toContainText("ZELLER Yann");
});
