import { query } from "../support/db";
import { expect, signInAs, test } from "../support/fixtures";
import { openBasket } from "../support/shop";
import { signUpThroughForm } from "../support/sign-up";

test.use({ viewport: { width: 1280, height: 800 } });

const parisDay = (offsetDays: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date(Date.now() + offsetDays * 86_400_000));

// Seed 000, from creating the market to « Valider la distribution », with a producer, a shopper and a refund.
test("[JOURNEY] a market is set up, a producer joins the sale, a shopper pays online, a basket is adjusted and refunded, the distribution is validated", async ({
  newPerson,
}) => {
  // Three people on three pages, a build's first requests on a 2-core machine: more than the default minute.
  test.setTimeout(150_000);
  const stamp = Date.now();
  const admin = await newPerson();
  await admin.goto("/inscription");
  await signUpThroughForm(admin, {
    firstName: "Hélène",
    lastName: "Bosc",
    email: `helene-${stamp}@exemple.fr`,
    password: "les paniers de captieux",
  });
  await expect(admin.getByRole("button", { name: "Déconnexion" })).toBeVisible();

  // 1. Set the market up.
  await admin.goto("/admin");
  await admin.getByLabel("Nom du marché").fill(`Les Paniers de Captieux ${stamp}`);
  await admin.getByLabel("Nom du lieu").fill("Halle du marché");
  await admin.getByLabel("Adresse", { exact: true }).fill("2 place du Marché");
  await admin.getByLabel("Code postal").fill("33840");
  await admin.getByLabel("Commune").fill("Captieux");
  await admin.getByRole("button", { name: "Créer le marché" }).click();
  await expect(admin.getByRole("heading", { name: "Paramètres du marché" })).toBeVisible();
  const marketId = admin.url().split("/admin/")[1].split("/")[0];
  await admin.getByLabel("Carte bancaire en ligne (Stripe)").check();
  await admin.getByRole("button", { name: "Enregistrer" }).click();
  await expect(admin.getByText("Paramètres enregistrés.")).toBeVisible();
  const [{ slug }] = await query<{ slug: string }>(`SELECT slug FROM "Market" WHERE id = $1`, [marketId]);

  // 3. The producer sends its catalog's shortcut link from its space; the admin pastes it and the catalog is linked.
  const producer = await newPerson({ viewport: { width: 375, height: 812 } });
  await signInAs(producer, "producteur@cabas.test");
  await producer.goto("/producteur");
  const shortcut = (await producer.locator("[data-catalog] [data-shortcut]").first().textContent())!.trim();
  await admin.getByRole("link", { name: "Catalogues" }).click();
  await admin.getByLabel("Lien ou numéro du catalogue").fill(shortcut);
  await admin.getByRole("button", { name: "Chercher et relier" }).click();
  await expect(admin.getByText(/relié\./)).toBeVisible();

  // 4. Plan a sale that is open now.
  await admin.getByRole("link", { name: "Distributions" }).click();
  const oneOff = admin.getByRole("region", { name: "Distribution ponctuelle" });
  await oneOff.getByLabel("Jour", { exact: true }).fill(parisDay(2));
  await oneOff.getByLabel("Ouverture des commandes (jour)").fill(parisDay(0));
  await oneOff.getByLabel("Ouverture des commandes (heure)").fill("00:00");
  await oneOff.getByLabel("Fermeture des commandes (jour)").fill(parisDay(1));
  await oneOff.getByRole("button", { name: "Planifier" }).click();
  await expect(admin.getByText("Distribution planifiée.", { exact: true })).toBeVisible();
  const [distribution] = await query<{ id: string }>(`SELECT id FROM "Distribution" WHERE "marketId" = $1`, [marketId]);
  await admin
    .locator(`[data-distribution="${distribution.id}"]`)
    .getByRole("button", { name: "Inviter sur cette vente" })
    .click();
  await expect(admin.getByText("1 catalogue invité.")).toBeVisible();

  // 5. The producer accepts from its space.
  await producer.goto("/producteur/ventes");
  const sale = producer.locator(`[data-sale="${distribution.id}"]`);
  await expect(sale).toContainText("Invité");
  await sale.getByRole("button", { name: "Participer" }).click();
  await expect(sale).toContainText("Accepté");

  // 6–7. A shopper follows the shared link, signs up, orders and pays online.
  const shopper = await newPerson({ viewport: { width: 390, height: 844 } });
  await shopper.goto(`/m/${slug}`);
  await shopper.locator('article[data-state="OPEN"]').getByRole("link", { name: "Commander" }).click();
  await shopper.getByRole("link", { name: "Connectez-vous ou créez un compte pour commander." }).click();
  await expect(shopper.getByRole("heading", { name: "Connexion" })).toBeVisible();
  await shopper.getByRole("link", { name: "S’inscrire" }).last().click();
  await signUpThroughForm(shopper, {
    firstName: "Jules",
    lastName: "Marty",
    email: `jules-${stamp}@exemple.fr`,
    password: "mes courses en vrac",
  });
  await expect(shopper).toHaveURL(new RegExp(`/m/${slug}/distributions/${distribution.id}`));
  const almonds = shopper.getByRole("article", { name: "Amandes avec peau" });
  await almonds.getByLabel("Quantité de Amandes avec peau").fill("1");
  await almonds.getByRole("button", { name: "Commander" }).click();
  // On the phone, the basket is in the bottom sheet the bar opens.
  const shopperBasket = await openBasket(shopper);
  await expect(shopperBasket.getByTestId("basket-total")).toHaveText(/14,85/);
  await shopperBasket.getByRole("link", { name: "Valider ma commande" }).click();
  await shopper.getByRole("button", { name: "Payer par carte" }).click();
  await shopper.getByRole("button", { name: "Payer" }).click();
  await expect(shopper).toHaveURL(/\/compte\?paiement=/);
  await expect(shopper.getByText(/14,85\s€ · Payé/)).toBeVisible();

  // 7.3 Distribution day: pick-up has started.
  await query(
    `UPDATE "Distribution" SET "ordersOpenAt" = now() - interval '3 days', "ordersCloseAt" = now() - interval '2 hours', "pickupStartAt" = now() - interval '1 hour', "pickupEndAt" = now() + interval '1 hour' WHERE id = $1`,
    [distribution.id],
  );
  await admin.goto(`/admin/${marketId}/distributions/${distribution.id}/validation`);
  const basket = admin.locator("details[data-basket]").filter({ hasText: "MARTY Jules" });
  await basket.locator("summary").click();
  await basket.getByLabel("Livré : Amandes avec peau").fill("0,5");
  await basket.getByRole("button", { name: "Mettre à jour" }).click();
  await expect(basket.getByText(/Nouveau total : 7,43\s€\. À rembourser : 7,42\s€\./)).toBeVisible();
  await basket.getByRole("button", { name: "Rembourser" }).click();
  await expect(basket.getByText(/Payé : 14,85\s€ · Remboursé : 7,42\s€/)).toBeVisible();
  await admin.getByRole("button", { name: "Valider la distribution" }).click();
  await admin.getByRole("alertdialog").getByRole("button", { name: "Valider la distribution" }).click();
  await expect(admin.getByText("Cette distribution est validée.")).toBeVisible();

  await shopper.goto("/compte");
  await expect(shopper.getByRole("row").filter({ hasText: "Remboursement" }).first()).toContainText("-7,42");
  const [{ sum }] = await query<{ sum: string }>(
    `SELECT sum(l."amountCents") AS sum FROM "LedgerEntry" l JOIN "User" u ON u.id = l."userId" WHERE u.email = $1`,
    [`jules-${stamp}@exemple.fr`],
  );
  expect(Number(sum)).toBe(0);
});
