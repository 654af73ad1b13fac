import { query } from "../support/db";
import { expect, signInAs, test } from "../support/fixtures";
import { newMarketAdmin } from "../support/market-admin";

test.use({ viewport: { width: 1280, height: 800 } });

test("[ADMIN] the producer's shortcut link links at once; a declined request links nothing and cannot be repeated", async ({
  page,
  newPerson,
}) => {
  const producer = await newPerson();
  await signInAs(producer, "producteur@cabas.test");
  await producer.goto("/producteur");
  const card = producer.locator("[data-catalog]").first();
  const shortcut = (await card.locator("[data-shortcut]").textContent())!.trim();
  expect(shortcut).toMatch(/\/catalogues\/\d+\?cle=[0-9a-f]{32}$/);

  // A market the producer chose gets the shortcut link: linked without a request.
  await newMarketAdmin(page, `Marché choisi ${Date.now()}`);
  await page.getByRole("link", { name: "Catalogues" }).click();
  await page.getByLabel("Lien ou numéro du catalogue").fill(shortcut);
  await page.getByRole("button", { name: "Chercher et relier" }).click();
  await expect(
    page.getByText(/Catalogue « Épicerie et entretien en vrac » de Épicerie vrac des Minguettes relié\./),
  ).toBeVisible();

  // Another market only has the number, read on the public catalog page: the producer declines.
  const stranger = await newPerson();
  const strangerMarket = `Marché inconnu ${Date.now()}`;
  await newMarketAdmin(stranger, strangerMarket);
  const number = /\/catalogues\/(\d+)/.exec(shortcut)![1];
  await stranger.goto(`/catalogues/${number}`);
  await stranger.getByRole("link", { name: "Relier ce catalogue à mon marché" }).click();
  await stranger.getByRole("button", { name: "Demander à relier ce catalogue" }).click();
  await expect(stranger.getByText(/Demande envoyée à Épicerie vrac des Minguettes/)).toBeVisible();

  await producer.reload();
  const request = producer.locator(`[data-link-request="${strangerMarket}"]`);
  await request.getByRole("button", { name: "Décliner" }).click();
  await expect(producer.getByText("Demande déclinée.")).toBeVisible();
  await expect(request).toHaveCount(0);

  await stranger.goto(`/catalogues/${number}/relier`);
  await stranger.getByRole("button", { name: "Demander à relier ce catalogue" }).click();
  await expect(
    stranger.getByText("Le producteur a décliné votre demande il y a moins d’un mois : contactez-le d’abord."),
  ).toBeVisible();
  const links = await query(`SELECT 1 FROM "CatalogLink" l JOIN "Market" m ON m.id = l."marketId" WHERE m.name = $1`, [
    strangerMarket,
  ]);
  expect(links).toHaveLength(0);

  // Changing the shortcut link stops the old one from linking.
  await card.getByRole("button", { name: "Changer le lien raccourci" }).click();
  await expect(producer.getByText("Nouveau lien raccourci : l’ancien ne relie plus le catalogue.")).toBeVisible();
  await stranger.goto(shortcut.replace(/^https?:\/\/[^/]+/, ""));
  await stranger.getByRole("button", { name: "Relier", exact: true }).click();
  await expect(stranger.getByText(/Ce lien raccourci n’est plus valable/)).toBeVisible();
});
