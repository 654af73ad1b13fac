import type { Page } from "@playwright/test";
import { query } from "../support/db";
import { openDemoDistribution } from "../support/demo";
import { expect, signInAs, test } from "../support/fixtures";
import { closeBasket, openBasket } from "../support/shop";
import { signUpThroughForm } from "../support/sign-up";

const PHONE = { width: 375, height: 812 };
test.use({ viewport: PHONE });

// Nothing on the page is wider than the phone: no sideways scrolling.
async function expectNoSidewaysScroll(page: Page) {
  await page.waitForLoadState("load");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} scrolls sideways at ${PHONE.width} px`).toBeLessThanOrEqual(PHONE.width);
}

// Seed 002 on a phone (issue #20): from the market's shared link, « Connexion » → « S'inscrire », back on the
// market page; the phone number the market requires asked before the first « Commander »; bulk almonds ordered
// with the steppers; confirmed; the pick-up slot chosen as the next step; the lines in « Mon compte » and on
// the market page.
test("[SHOP] seed 002 on a 375 px phone: sign up from the shared link, order with the steppers, choose a pick-up slot, see the lines", async ({
  page,
  newPerson,
}) => {
  test.setTimeout(150_000);
  const distribution = await openDemoDistribution();
  const admin = await newPerson({ viewport: { width: 1280, height: 800 } });
  await signInAs(admin, "admin@cabas.test");
  await admin.goto(`/admin/${distribution.marketId}/distributions/${distribution.id}/logistique`);
  await admin.getByLabel("Personnes par créneau").fill("8");
  await admin.getByRole("button", { name: /Activer les créneaux|Mettre à jour les capacités/ }).click();
  await expect(admin.getByText("Créneaux enregistrés.")).toBeVisible();

  // 1. The shared link; the header's links carry it.
  await page.goto("/m/bellefontaine");
  await expectNoSidewaysScroll(page);
  const header = page.getByRole("navigation", { name: "Navigation" });
  await expect(header.getByRole("link", { name: "S’inscrire" })).toHaveAttribute(
    "href",
    "/inscription?callbackUrl=%2Fm%2Fbellefontaine",
  );
  await header.getByRole("link", { name: "Connexion" }).click();
  await expect(page).toHaveURL(/\/connexion\?callbackUrl=%2Fm%2Fbellefontaine$/);
  await expectNoSidewaysScroll(page);
  await expect(page.getByRole("link", { name: "Mot de passe oublié ?" })).toHaveAttribute(
    "href",
    "/mot-de-passe-oublie?callbackUrl=%2Fm%2Fbellefontaine",
  );
  await page.getByRole("main").getByRole("link", { name: "S’inscrire" }).click();
  await expect(page).toHaveURL(/\/inscription\?callbackUrl=%2Fm%2Fbellefontaine$/);
  await expectNoSidewaysScroll(page);
  const email = `salima-${Date.now()}@exemple.fr`;
  await signUpThroughForm(page, { firstName: "Salima", lastName: "Benali", email, password: "mes courses en vrac" });
  await expect(page).toHaveURL(/\/m\/bellefontaine$/);
  await expect(page.getByRole("button", { name: "Déconnexion" })).toBeVisible();

  // 2. The shop: the phone number first, then the « Commander » buttons.
  await page.locator('article[data-state="OPEN"]').first().getByRole("link", { name: "Commander" }).click();
  const almonds = page.getByRole("article", { name: "Amandes avec peau" });
  await expect(page.getByRole("heading", { name: "Ce marché demande vos coordonnées" })).toBeVisible();
  await expect(almonds.getByRole("button", { name: "Commander" })).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await page.getByLabel("Téléphone").fill("06 12 34 56 78");
  await page.getByRole("button", { name: "Enregistrer mes coordonnées" }).click();
  await expect(almonds.getByRole("button", { name: "Commander" })).toBeVisible();

  // 3. The steppers move by the product's step (0,1 kg); typing works too.
  const quantity = almonds.getByLabel("Quantité de Amandes avec peau");
  await expect(quantity).toHaveValue("0,1");
  for (let i = 0; i < 5; i++)
    await almonds.getByRole("button", { name: "Ajouter 0,1 kg de Amandes avec peau" }).click();
  await expect(quantity).toHaveValue("0,6");
  await almonds.getByRole("button", { name: "Retirer 0,1 kg de Amandes avec peau" }).click();
  await expect(quantity).toHaveValue("0,5");
  await almonds.getByRole("button", { name: "Commander" }).click();
  let basket = await openBasket(page);
  await expect(basket).toContainText("0,5 kg · Amandes avec peau");
  await expect(basket.getByTestId("basket-total")).toHaveText(/7,43/);
  await closeBasket(page);
  const lentils = page.getByRole("article", { name: "Lentilles vertes" });
  await lentils.getByLabel("Quantité de Lentilles vertes").fill("1,5");
  await lentils.getByRole("button", { name: "Commander" }).click();
  basket = await openBasket(page);
  await expect(basket).toContainText("1,5 kg · Lentilles vertes");
  await expectNoSidewaysScroll(page);

  // 4. Confirm (on the spot), then the pick-up slot as the next step.
  await basket.getByRole("link", { name: "Valider ma commande" }).click();
  await expect(page.getByRole("cell", { name: "0,5 kg" })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.getByRole("button", { name: "Sélectionner" }).click();
  await expect(page).toHaveURL(/\/retrait\/[^/?]+\?confirmee=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Votre commande est bien enregistrée !" })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Réserver ce créneau" }).click();
  await expect(page.getByText("Votre créneau est réservé.")).toBeVisible();
  const [order] = await query<{ id: string; booked: string }>(
    `SELECT o.id, (SELECT count(*) FROM "SlotBooking" b WHERE b."orderId" = o.id)::text AS booked
     FROM "Order" o JOIN "User" u ON u.id = o."userId" WHERE u.email = $1 AND o."confirmedAt" IS NOT NULL`,
    [email],
  );
  expect(order.booked).toBe("1");

  // 5. The lines in « Mon compte », and the basket on the market page.
  await page.goto("/compte");
  const lines = page.locator("[data-account-line]");
  await expect(lines.filter({ hasText: "0,5 kg · Amandes avec peau" })).toContainText("7,43");
  await expect(lines.filter({ hasText: "1,5 kg · Lentilles vertes" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Choisir mon créneau et mon mode de retrait" })).toHaveAttribute(
    "href",
    `/retrait/${order.id}`,
  );
  await expectNoSidewaysScroll(page);
  await page.goto("/m/bellefontaine");
  const mine = page.locator("[data-my-basket]");
  await expect(mine).toContainText("0,5 kg · Amandes avec peau");
  await expect(mine).toContainText("Commande confirmée");
  await expectNoSidewaysScroll(page);
  const [{ quantity: ordered }] = await query<{ quantity: string }>(
    `SELECT l.quantity::text FROM "OrderLine" l WHERE l."orderId" = $1 AND l."productName" = 'Amandes avec peau'`,
    [order.id],
  );
  expect(Number(ordered)).toBe(0.5);
});

test("[SHOP] the sign-in pages come back only to a page of this site, and fit a 375 px phone", async ({ page }) => {
  for (const outside of ["https://evil.example/x", "//evil.example", "/\\evil.example"]) {
    await page.goto(`/connexion?callbackUrl=${encodeURIComponent(outside)}`);
    const signUp = page.getByRole("main").getByRole("link", { name: "S’inscrire" });
    const href = await signUp.getAttribute("href");
    expect(href === "/inscription" || href === "/inscription?callbackUrl=%2Fx", href ?? "").toBe(true);
    await expect(page.locator('input[name="callbackUrl"]')).toHaveValue(/^\/(x)?$/);
  }
  for (const path of [
    "/mot-de-passe-oublie?callbackUrl=%2Fm%2Fbellefontaine",
    "/reinitialiser-mot-de-passe?token=x&callbackUrl=%2Fm%2Fbellefontaine",
  ]) {
    await page.goto(path);
    await expectNoSidewaysScroll(page);
  }
  await expect(page.getByRole("link", { name: "Connexion" }).last()).toHaveAttribute(
    "href",
    "/connexion?callbackUrl=%2Fm%2Fbellefontaine",
  );
  await page.goto(`/reinitialiser-mot-de-passe?token=x&callbackUrl=${encodeURIComponent("//evil.example")}`);
  await expect(page.getByRole("link", { name: "Connexion" }).last()).toHaveAttribute("href", "/connexion");
});
