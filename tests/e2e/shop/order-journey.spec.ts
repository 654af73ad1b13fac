import { expect, test } from "../support/fixtures";
import { query } from "../support/db";
import { openDemoDistribution } from "../support/demo";
import { closeBasket, openBasket } from "../support/shop";
import { signUpThroughForm } from "../support/sign-up";

// Seed 002, screen by screen, on a phone.
test("[SHOP] register through the market link, order 0,5 kg of almonds and 2 baguettes, pay on the spot, edit, then read-only after close", async ({
  page,
}) => {
  const distribution = await openDemoDistribution();
  const [{ ordersCloseAt }] = await query<{ ordersCloseAt: Date }>(
    `SELECT "ordersCloseAt" FROM "Distribution" WHERE id = $1`,
    [distribution.id],
  );
  const email = `sarah-${Date.now()}@exemple.fr`;
  try {
    await page.goto("/m/bellefontaine");
    await page.locator('article[data-state="OPEN"]').getByRole("link", { name: "Commander" }).click();
    await page.getByRole("link", { name: "Connectez-vous ou créez un compte pour commander." }).click();
    await expect(page.getByRole("heading", { name: "Connexion" })).toBeVisible();
    await page.getByRole("link", { name: "S’inscrire" }).last().click();
    await expect(page.getByRole("heading", { name: "Créer un compte" })).toBeVisible();
    await signUpThroughForm(page, {
      firstName: "Sarah",
      lastName: "Varda",
      email,
      password: "mon mot de passe vrac",
    });

    // Back on the shop: the market requires a phone number first.
    await expect(page.getByRole("heading", { name: "Ce marché demande vos coordonnées" })).toBeVisible();
    await page.getByLabel("Téléphone").fill("06 06 06 06 06");
    await page.getByRole("button", { name: "Enregistrer mes coordonnées" }).click();
    await expect(page.getByRole("heading", { name: "Ce marché demande vos coordonnées" })).toHaveCount(0);

    await page.getByLabel("Type de produits").selectOption({ label: "Épicerie" });
    await page.getByRole("button", { name: "Chercher" }).click();
    const almonds = page.getByRole("article", { name: "Amandes avec peau" });
    await expect(almonds).toContainText("14,85 €/kg");
    await almonds.getByLabel("Quantité de Amandes avec peau").fill("0,5");
    await almonds.getByRole("button", { name: "Commander" }).click();
    await expect(almonds.getByText("Ajouté au panier.")).toBeVisible();
    // On the phone, the basket is in the bottom sheet the bar opens.
    let basket = await openBasket(page);
    await expect(basket).toContainText("0,5 kg · Amandes avec peau");
    await expect(basket.getByTestId("basket-total")).toHaveText(/7,43/);
    await closeBasket(page);

    await page.getByLabel("Rechercher un produit").fill("baguette");
    await page.getByLabel("Type de produits").selectOption({ label: "Tous les produits" });
    await page.getByRole("button", { name: "Chercher" }).click();
    const baguette = page.getByRole("article", { name: "Baguette tradition" });
    await baguette.getByLabel("Quantité de Baguette tradition").fill("2");
    await baguette.getByRole("button", { name: "Commander" }).click();
    await expect((await openBasket(page)).getByTestId("basket-total")).toHaveText(/10,03/);
    await closeBasket(page);

    // A bad quantity: a message next to the field, and the basket is untouched.
    await baguette.getByLabel("Quantité de Baguette tradition").fill("1,5");
    await baguette.getByRole("button", { name: "Commander" }).click();
    await expect(baguette.getByText("Ce produit se commande à l’unité : indiquez un nombre entier.")).toBeVisible();
    basket = await openBasket(page);
    await expect(basket.getByTestId("basket-total")).toHaveText(/10,03/);

    await basket.getByRole("link", { name: "Valider ma commande" }).click();
    await page.getByRole("radio", { name: /Paiement sur place/ }).check();
    await page.getByRole("button", { name: "Sélectionner" }).click();
    await expect(page.getByText("Votre commande est bien enregistrée !")).toBeVisible();
    // The market offers delivery help: choosing how to get the order is the next step, then the order itself.
    await expect(page).toHaveURL(/\/retrait\/[^/?]+\?confirmee=1$/);
    await page.getByRole("link", { name: "Voir ma commande" }).click();
    await expect(page).toHaveURL(/\/commande\/[^/?]+$/);
    const orderUrl = page.url().split("?")[0];
    const [order] = await query<{ basketNumber: number; paymentMethod: string }>(
      `SELECT o."basketNumber", o."paymentMethod" FROM "Order" o JOIN "User" u ON u.id = o."userId" WHERE u.email = $1`,
      [email],
    );
    expect(order.paymentMethod).toBe("ON_SITE");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Panier n° ${order.basketNumber}`);
    const [{ sum }] = await query<{ sum: string }>(
      `SELECT sum(l."amountCents") AS sum FROM "LedgerEntry" l JOIN "User" u ON u.id = l."userId" WHERE u.email = $1`,
      [email],
    );
    expect(Number(sum)).toBe(-1003);

    await page.goto("/compte");
    await expect(page.getByText(/Panier n° \d+ · 10,03\s€ · Non payé/)).toBeVisible();
    await page
      .getByRole("link", { name: /Marché VRAC de Bellefontaine/ })
      .first()
      .click();
    await page.getByRole("link", { name: "Modifier ma commande" }).click();
    basket = await openBasket(page);
    await basket.getByLabel("Quantité de Amandes avec peau").fill("1");
    await basket.getByRole("button", { name: "Mettre à jour" }).first().click();
    await expect(basket.getByTestId("basket-total")).toHaveText(/17,45/);

    await query(`UPDATE "Distribution" SET "ordersCloseAt" = now() - interval '1 minute' WHERE id = $1`, [
      distribution.id,
    ]);
    await page.goto(orderUrl);
    await expect(page.getByText("Les commandes sont closes : votre commande ne peut plus changer.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Modifier ma commande" })).toHaveCount(0);
    await expect(page.getByTestId("order-total")).toHaveText(/17,45/);
  } finally {
    await query(`UPDATE "Distribution" SET "ordersCloseAt" = $2 WHERE id = $1`, [distribution.id, ordersCloseAt]);
  }
});

test("[SHOP] a shopper cannot read another shopper's order by its id", async ({ page }) => {
  const [victim] = await query<{ id: string }>(
    `SELECT o.id FROM "Order" o JOIN "User" u ON u.id = o."userId" WHERE u.email = 'amina.benali@cabas.test' LIMIT 1`,
  );
  const { signInAs } = await import("../support/fixtures");
  await signInAs(page, "client@cabas.test");
  const response = await page.goto(`/commande/${victim.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText("Abricots bruns secs")).toHaveCount(0);
});
