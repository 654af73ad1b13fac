import { query } from "../support/db";
import { expect, signInAs, test } from "../support/fixtures";

test.use({ viewport: { width: 1280, height: 800 } });

test("[ADMIN] places of distribution: add one, plan a distribution there, see it on the market page, archive it, restore it", async ({
  page,
}) => {
  const [market] = await query<{ id: string }>(`SELECT id FROM "Market" WHERE slug = 'bellefontaine'`);
  await signInAs(page, "admin@cabas.test");
  await page.goto(`/admin/${market.id}`);
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Lieux" }).click();
  await expect(page.getByRole("heading", { name: "Lieux de distribution" })).toBeVisible();

  const add = page.getByRole("region", { name: "Ajouter un lieu" });
  await add.getByLabel("Nom du lieu").fill("Halle de Saint-Fons");
  await add.getByLabel("Adresse", { exact: true }).fill("4 place Durel");
  await add.getByLabel("Code postal").fill("691");
  await add.getByLabel("Commune").fill("Saint-Fons");
  await add.getByRole("button", { name: "Ajouter un lieu" }).click();
  await expect(add.getByText("Indiquez un code postal à 5 chiffres.")).toBeVisible();
  await expect(add.getByLabel("Nom du lieu")).toHaveValue("Halle de Saint-Fons");
  await add.getByLabel("Code postal").fill("69190");
  await add.getByRole("button", { name: "Ajouter un lieu" }).click();
  await expect(page.getByText("Lieu ajouté.")).toBeVisible();
  const hall = page.getByRole("listitem", { name: "Halle de Saint-Fons" });
  await expect(hall).toContainText("0 distribution");
  await expect(hall.getByLabel("Code postal")).toHaveValue("69190");

  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Distributions" }).click();
  const oneOff = page.getByRole("region", { name: "Distribution ponctuelle" });
  await oneOff.getByLabel("Lieu").selectOption({ label: "Halle de Saint-Fons — Saint-Fons" });
  await oneOff.getByRole("button", { name: "Planifier", exact: true }).click();
  await expect(page.getByText("Distribution planifiée.", { exact: true })).toBeVisible();
  await expect(page.locator("[data-distribution]").filter({ hasText: "Halle de Saint-Fons" })).toHaveCount(1);

  await page.goto("/m/bellefontaine");
  const places = page.getByRole("region", { name: "Lieux de distribution" });
  await expect(places).toContainText("Halle de Saint-Fons");
  await expect(places).toContainText("4 place Durel, 69190 Saint-Fons");

  await page.goto(`/admin/${market.id}/lieux`);
  await hall.getByRole("button", { name: "Retirer ce lieu" }).click();
  await expect(page.getByText(/Lieu archivé/)).toBeVisible();
  const archived = page.getByRole("region", { name: "Lieux archivés" });
  await expect(archived).toContainText("Halle de Saint-Fons — 4 place Durel, 69190 Saint-Fons · 1 distribution");
  await page.goto("/m/bellefontaine");
  await expect(page.getByRole("region", { name: "Lieux de distribution" })).not.toContainText("Halle de Saint-Fons");
  await page.goto(`/admin/${market.id}/distributions`);
  const choices = page.getByRole("region", { name: "Distribution ponctuelle" }).getByLabel("Lieu").locator("option");
  expect(await choices.allTextContents()).not.toContain("Halle de Saint-Fons — Saint-Fons");
  // The distribution planned there keeps its place.
  await expect(page.locator("[data-distribution]").filter({ hasText: "Halle de Saint-Fons" })).toHaveCount(1);

  await page.goto(`/admin/${market.id}/lieux`);
  await archived.getByRole("button", { name: "Réactiver" }).click();
  await expect(page.getByText("Lieu réactivé.")).toBeVisible();
  await expect(page.getByRole("listitem", { name: "Halle de Saint-Fons" })).toBeVisible();

  // Its distribution deleted (it has no orders), the place was never used: removing it deletes it. The demo market
  // is left as it was for the other specs.
  await page.goto(`/admin/${market.id}/distributions`);
  await page
    .locator("[data-distribution]")
    .filter({ hasText: "Halle de Saint-Fons" })
    .getByRole("button", { name: "Supprimer" })
    .click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Supprimer" }).click();
  await expect(page.getByText("Distribution supprimée.")).toBeVisible();
  await page.goto(`/admin/${market.id}/lieux`);
  await hall.getByRole("button", { name: "Retirer ce lieu" }).click();
  await expect(page.getByText("Lieu supprimé.")).toBeVisible();
  expect(await query(`SELECT 1 FROM "Place" WHERE name = 'Halle de Saint-Fons'`)).toHaveLength(0);
});
