import { query } from "../support/db";
import { expect, test } from "../support/fixtures";

test.use({ viewport: { width: 375, height: 812 } });

test("[MARKET] the market's « Producteurs » page lists the producers it works with now, each linked to their page", async ({
  page,
}) => {
  const linked = await query<{ name: string; slug: string }>(
    `SELECT DISTINCT p.name, p.slug FROM "Producer" p
       JOIN "Catalog" c ON c."producerId" = p.id AND c."archivedAt" IS NULL
       JOIN "CatalogLink" l ON l."catalogId" = c.id AND l."unlinkedAt" IS NULL
       JOIN "Market" m ON m.id = l."marketId" AND m.slug = 'bellefontaine'
     ORDER BY p.name`,
  );
  expect(linked.length).toBeGreaterThan(1);

  await page.goto("/m/bellefontaine");
  await page.getByRole("link", { name: "Les producteurs du marché" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Les producteurs de /);
  const cards = page.locator("[data-producer]");
  expect(await cards.evaluateAll((els) => els.map((el) => el.getAttribute("data-producer")))).toEqual(
    [...linked].sort((a, b) => a.name.localeCompare(b.name, "fr")).map((p) => p.name),
  );

  const [first] = linked;
  await page.getByRole("link", { name: first.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/producteurs/${first.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first.name);

  // In English, the links stay in English.
  await page.goto("/en/m/bellefontaine/producteurs");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^The producers of /);
  await expect(page.getByRole("link", { name: first.name, exact: true })).toHaveAttribute(
    "href",
    `/en/producteurs/${first.slug}`,
  );
});
