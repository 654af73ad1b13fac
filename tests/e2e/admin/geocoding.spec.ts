import { E2E_CRON_SECRET, FAKE_GEOCODER_PORT } from "../../../playwright.config";
import { query } from "../support/db";
import { expect, signInAs, test } from "../support/fixtures";

test.use({ viewport: { width: 1280, height: 800 } });

// The stub of the national address service (tests/support/fake-geocoder.ts) the server geocodes with.
async function addressService(down: boolean) {
  const response = await fetch(`http://127.0.0.1:${FAKE_GEOCODER_PORT}/control?down=${down ? 1 : 0}`, {
    method: "POST",
  });
  expect(response.ok).toBe(true);
}

test.afterEach(() => addressService(false));

test("[ADMIN] a place's address is located when typed, saved and retried later when the address service is down, and a typo is said", async ({
  page,
  request,
}) => {
  const [market] = await query<{ id: string }>(`SELECT id FROM "Market" WHERE slug = 'bellefontaine'`);
  await signInAs(page, "admin@cabas.test");
  await page.goto(`/admin/${market.id}/lieux`);
  const add = page.getByRole("region", { name: "Ajouter un lieu" });
  // Nobody types coordinates.
  await expect(add.getByLabel(/Latitude|Longitude/)).toHaveCount(0);
  const addPlace = async (name: string, address: string, zipCode: string, city: string) => {
    await add.getByLabel("Nom du lieu").fill(name);
    await add.getByLabel("Adresse", { exact: true }).fill(address);
    await add.getByLabel("Code postal").fill(zipCode);
    await add.getByLabel("Commune").fill(city);
    await add.getByRole("button", { name: "Ajouter un lieu" }).click();
  };
  const position = async (name: string) =>
    (
      await query<{ lat: number | null; lng: number | null; geocoding: string | null }>(
        `SELECT lat, lng, geocoding FROM "Place" WHERE name = $1`,
        [name],
      )
    )[0];

  await addPlace("Maison de quartier de Bron", "12 avenue Franklin Roosevelt", "69500", "Bron");
  await expect(add.getByText("Lieu ajouté. Adresse localisée.")).toBeVisible();
  const bron = page.getByRole("listitem", { name: "Maison de quartier de Bron" });
  await expect(bron.getByText("Adresse localisée.")).toBeVisible();
  expect(await position("Maison de quartier de Bron")).toEqual({ lat: 45.7386, lng: 4.913, geocoding: null });

  // The service is down: the place is saved all the same, and the page says it will be located later.
  await addressService(true);
  await addPlace("Salle des fêtes de Corbas", "1 place de la Mairie", "69960", "Corbas");
  await expect(add.getByText(/Lieu ajouté\. Adresse enregistrée mais pas encore localisée/)).toBeVisible();
  const corbas = page.getByRole("listitem", { name: "Salle des fêtes de Corbas" });
  await expect(corbas.getByText(/pas encore localisée.*Nouvel essai automatique/)).toBeVisible();
  expect(await position("Salle des fêtes de Corbas")).toEqual({ lat: null, lng: null, geocoding: "PENDING" });

  // Back up, the geocode job locates it.
  await addressService(false);
  const run = await request.get("/api/cron/geocode", { headers: { authorization: `Bearer ${E2E_CRON_SECRET}` } });
  expect(run.status()).toBe(200);
  expect(await run.json()).toMatchObject({ job: "geocode", result: { located: 1, failed: 0 } });
  await page.reload();
  await expect(corbas.getByText("Adresse localisée.")).toBeVisible();
  expect(await position("Salle des fêtes de Corbas")).toEqual({ lat: 45.6681, lng: 4.9019, geocoding: null });

  // A town the service does not know: saved, and the page asks to check the address.
  await addPlace("Préau", "3 rue de l’École", "69960", "Corbass");
  await expect(add.getByText(/Lieu ajouté\. Adresse introuvable/)).toBeVisible();
  const preau = page.getByRole("listitem", { name: "Préau" });
  await expect(preau.getByText(/Adresse introuvable.*vérifiez/)).toBeVisible();
  await preau.getByLabel("Commune").fill("Corbas");
  await preau.getByRole("button", { name: "Enregistrer le lieu" }).click();
  await expect(preau.getByText("Lieu enregistré. Adresse localisée.")).toBeVisible();
  expect(await position("Préau")).toEqual({ lat: 45.6681, lng: 4.9019, geocoding: null });

  // The demo market is left as it was for the other specs: places never used are deleted.
  for (const place of [bron, corbas, preau]) {
    await place.getByRole("button", { name: "Retirer ce lieu" }).click();
    await expect(page.getByText("Lieu supprimé.").first()).toBeVisible();
    await expect(place).toHaveCount(0);
  }
});

test("[ADMIN] the producer directory sorts by distance from an address the admin types", async ({ page }) => {
  const [market] = await query<{ id: string }>(`SELECT id FROM "Market" WHERE slug = 'bellefontaine'`);
  await signInAs(page, "admin@cabas.test");
  await page.goto(`/admin/${market.id}/producteurs`);
  const demo = ["Épicerie vrac des Minguettes", "Ferme des Trois Cocus", "Le Fournil de Soupetard"];
  const order = async () =>
    (await page.locator("[data-producer]").evaluateAll((items) => items.map((li) => li.dataset.producer))).filter(
      (name): name is string => !!name && demo.includes(name),
    );

  // From the market's first place, in Vénissieux or Saint-Priest.
  const fromPlace = await order();
  expect(fromPlace).toHaveLength(3);

  const search = page.getByRole("search");
  const from = search.getByLabel("Distance depuis l’adresse");
  const sortFrom = async (address: string) => {
    await from.fill(address);
    await search.getByRole("button", { name: "Chercher" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("depuis")).toBe(address);
    await expect(from).toHaveValue(address);
  };
  await sortFrom("Place de la République 69780 Mions");
  await expect(page.locator('[data-producer="Ferme des Trois Cocus"]')).toContainText("à 0,1 km");
  expect(await order()).toEqual(["Ferme des Trois Cocus", "Le Fournil de Soupetard", "Épicerie vrac des Minguettes"]);
  await sortFrom("Vénissieux");
  expect(await order()).toEqual(["Épicerie vrac des Minguettes", "Le Fournil de Soupetard", "Ferme des Trois Cocus"]);

  // An address the service does not know is said, and distances go back to the market's place.
  await sortFrom("Nulle-part-sur-Loire");
  await expect(page.getByText(/Adresse introuvable : les distances partent du lieu de distribution/)).toBeVisible();
  expect(await order()).toEqual(fromPlace);

  await addressService(true);
  await sortFrom("Mions");
  await expect(page.getByText(/Le service des adresses ne répond pas/)).toBeVisible();
  expect(await order()).toEqual(fromPlace);
});

test("[PRODUCER] a farm's address is located when the producer saves it, and the directory measures from it", async ({
  page,
  newPerson,
}) => {
  const [farm] = await query<{
    id: string;
    address: string | null;
    zipCode: string;
    city: string;
    lat: number;
    lng: number;
  }>(`SELECT id, address, "zipCode", city, lat, lng FROM "Producer" WHERE slug = 'epicerie-vrac-minguettes'`);
  try {
    await signInAs(page, "producteur@cabas.test");
    await page.goto(`/producteur/${farm.id}/profil`);
    await page.getByLabel("Adresse", { exact: true }).fill("5 rue de la République");
    await page.getByLabel("Code postal").fill("69960");
    await page.getByLabel("Commune").fill("Corbas");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByText("Profil enregistré. Adresse localisée.")).toBeVisible();
    await page.reload();
    await expect(page.locator('[data-location="located"]')).toHaveText("Adresse localisée.");
    expect(await query(`SELECT lat, lng, geocoding FROM "Producer" WHERE id = $1`, [farm.id])).toEqual([
      { lat: 45.6681, lng: 4.9019, geocoding: null },
    ]);

    // The market's admin finds it nearest to Corbas.
    const admin = await newPerson({ viewport: { width: 1280, height: 800 } });
    await signInAs(admin, "admin@cabas.test");
    const [market] = await query<{ id: string }>(`SELECT id FROM "Market" WHERE slug = 'bellefontaine'`);
    await admin.goto(`/admin/${market.id}/producteurs?depuis=Corbas`);
    await expect(admin.locator("[data-producer]").first()).toHaveAttribute(
      "data-producer",
      "Épicerie vrac des Minguettes",
    );
  } finally {
    // The demo producer is left as it was for the other specs.
    await query(`UPDATE "Producer" SET address = $2, "zipCode" = $3, city = $4, lat = $5, lng = $6 WHERE id = $1`, [
      farm.id,
      farm.address,
      farm.zipCode,
      farm.city,
      farm.lat,
      farm.lng,
    ]);
  }
});
