import { E2E_CRON_SECRET } from "../../../playwright.config";
import { expectNoViolations } from "../support/accessibility";
import { query } from "../support/db";
import { expect, signInAs, test } from "../support/fixtures";
import { newMarketAdmin } from "../support/market-admin";

test.use({ viewport: { width: 1280, height: 800 } });

const VRAC = "Épicerie et entretien en vrac"; // producteur@cabas.test's catalog
const FARM = "Légumes et œufs de la ferme";

test("[ADMIN] market set-up: a second place typed and located, a distribution there, one catalog of two invited, the producer accepts, the sale opens with its products", async ({
  page,
  newPerson,
  request,
}) => {
  const marketName = `Marché des catalogues ${Date.now()}`;
  const marketId = await newMarketAdmin(page, marketName);
  const [{ email: adminEmail }] = await query<{ email: string }>(
    `SELECT u.email FROM "User" u JOIN "Membership" m ON m."userId" = u.id WHERE m."marketId" = $1`,
    [marketId],
  );
  // Two catalogs of the demo linked by their shortcut links.
  const shortcuts = await query<{ name: string; number: number; shareKey: string }>(
    `SELECT name, number, "shareKey" FROM "Catalog" WHERE name = ANY($1::text[])`,
    [[VRAC, FARM]],
  );
  await page.getByRole("link", { name: "Catalogues", exact: true }).click();
  for (const c of shortcuts) {
    await page
      .getByLabel("Lien ou numéro du catalogue")
      .fill(`http://127.0.0.1/catalogues/${c.number}?cle=${c.shareKey}`);
    await page.getByRole("button", { name: "Chercher et relier" }).click();
    await expect(page.getByText(`Catalogue « ${c.name} »`)).toBeVisible();
  }

  // A second place, its address typed and located by the address service (the stub): nobody types coordinates.
  await page.getByRole("link", { name: "Lieux", exact: true }).click();
  const add = page.getByRole("region", { name: "Ajouter un lieu" });
  await add.getByLabel("Nom du lieu").fill("Maison de quartier");
  await add.getByLabel("Adresse", { exact: true }).fill("12 avenue Franklin Roosevelt");
  await add.getByLabel("Code postal").fill("69500");
  await add.getByLabel("Commune").fill("Bron");
  await add.getByRole("button", { name: "Ajouter un lieu" }).click();
  await expect(add.getByText("Lieu ajouté. Adresse localisée.")).toBeVisible();
  const [bron] = await query<{ lat: number; lng: number }>(
    `SELECT lat, lng FROM "Place" WHERE "marketId" = $1 AND city = 'Bron'`,
    [marketId],
  );
  expect(bron).toEqual({ lat: 45.7386, lng: 4.913 });

  // A distribution there whose orders are open from today: nobody has accepted it yet.
  await page.getByRole("link", { name: "Distributions", exact: true }).click();
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
  await page.getByLabel("Ouverture des commandes (jour)", { exact: true }).fill(today);
  await page.getByLabel("Ouverture des commandes (heure)", { exact: true }).fill("00:00");
  const oneOff = page.getByRole("region", { name: "Distribution ponctuelle" });
  await oneOff.getByLabel("Lieu", { exact: true }).selectOption({ label: "Maison de quartier — Bron" });
  await oneOff.getByLabel("Nom de la vente (facultatif)").fill("Commande VRAC Quartier");
  await oneOff.getByLabel("Note aux membres (facultatif)").fill("Apportez vos contenants");
  await page.getByRole("button", { name: "Planifier", exact: true }).click();
  await expect(page.getByText("Distribution planifiée.", { exact: true })).toBeVisible();
  const row = page.locator("[data-distribution]");
  const distributionId = (await row.getAttribute("data-distribution"))!;
  await expect(row).toContainText("Maison de quartier");
  await expect(row).toContainText("Commande VRAC Quartier");
  await row.getByRole("link", { name: "Catalogues participants" }).click();
  await expect(page.getByRole("heading", { name: "Catalogues participants" })).toBeVisible();
  const vrac = page.locator(`[data-catalog="${VRAC}"]`);
  const farm = page.locator(`[data-catalog="${FARM}"]`);
  await expect(vrac.locator("[data-participation]")).toHaveText("non invité");
  await expect(farm.locator("[data-participation]")).toHaveText("non invité");
  await expect(page.getByRole("note")).toContainText("aucun catalogue ne l’a acceptée");

  // The notices job warns the admin once; the members are not told that orders opened.
  const runNotices = async () => {
    const run = await request.get("/api/cron/sale-opening", {
      headers: { authorization: `Bearer ${E2E_CRON_SECRET}` },
    });
    expect(run.status()).toBe(200);
  };
  const mailsOf = (template: string) =>
    query<{ subject: string }>(`SELECT subject FROM "EmailOutbox" WHERE template = $1 AND "toEmail" = $2`, [
      template,
      adminEmail,
    ]);
  await runNotices();
  await runNotices();
  const [warning, ...again] = await mailsOf("sale-no-catalog");
  expect(again).toHaveLength(0);
  expect(warning.subject).toContain(`${marketName} : aucun catalogue pour la vente du`);
  expect(await mailsOf("sale-opening")).toHaveLength(0);

  await vrac.getByRole("button", { name: `Inviter « ${VRAC} »` }).click();
  await expect(page.getByText("Catalogue invité.")).toBeVisible();
  await expect(vrac.locator("[data-participation]")).toHaveText("invité");
  await expect(vrac).toContainText("invité le");
  await expect(farm.locator("[data-participation]")).toHaveText("non invité");
  const [invite] = await query<{ subject: string }>(
    `SELECT subject FROM "EmailOutbox" WHERE template = 'participation-invite' AND "toEmail" = 'producteur@cabas.test' AND subject LIKE $1`,
    [`${marketName}%`],
  );
  expect(invite.subject).toContain("vous invite à la vente");

  const producer = await newPerson();
  await signInAs(producer, "producteur@cabas.test");
  await producer.goto("/producteur/ventes");
  const sale = producer.locator("[data-sale]").filter({ hasText: marketName });
  await sale.getByRole("button", { name: "Participer" }).click();
  await expect(producer.getByText("Participation confirmée.")).toBeVisible();

  await page.reload();
  await expect(vrac.locator("[data-participation]")).toHaveText("accepté");
  await expect(farm.locator("[data-participation]")).toHaveText("non invité");
  await expect(page.getByRole("note")).toHaveCount(0);
  await vrac.getByText(/\d+ produits proposés/).click();
  await expect(vrac.getByRole("listitem").filter({ hasText: "Riz complet" })).toContainText("3,20");
  await expectNoViolations(page);

  // The sale opens: its members are told now, and its shop offers the accepted catalog alone.
  await runNotices();
  expect(await mailsOf("sale-opening")).toHaveLength(1);
  const [{ slug }] = await query<{ slug: string }>(`SELECT slug FROM "Market" WHERE id = $1`, [marketId]);
  await page.goto(`/m/${slug}`);
  await expect(page.getByRole("article")).toContainText("Commande VRAC Quartier");
  await expect(page.locator("[data-sale-note]")).toHaveText("Apportez vos contenants");
  await page.goto(`/m/${slug}/distributions/${distributionId}`);
  await expect(page.getByText("Commande VRAC Quartier", { exact: true })).toBeVisible();
  await expect(page.locator("[data-sale-note]")).toHaveText("Apportez vos contenants");
  await expect(page.getByRole("article", { name: /^Riz complet/ })).toBeVisible();
  await expect(page.getByRole("article", { name: /^Carottes/ })).toHaveCount(0);
});
