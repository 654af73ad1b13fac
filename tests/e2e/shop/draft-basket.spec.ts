import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { query } from "../support/db";
import { demoShopperWithOrder, openDemoDistribution } from "../support/demo";
import { expect, signInAs, test } from "../support/fixtures";
import { openBasket } from "../support/shop";

// Issue 14, rule 4: a basket counts once confirmed. Until then the producer and the admin never see it.
test("[SHOP] a basket left unconfirmed is in no list of orders; once confirmed, the producer and the admin see it", async ({
  page,
  newPerson,
}) => {
  const distribution = await openDemoDistribution();
  const lastName = `Brouillon${randomUUID().slice(0, 6)}`;
  const shopper = await demoShopperWithOrder(distribution, { firstName: "Zoe", lastName, phone: "06 12 12 12 12" });
  const name = `${lastName.toUpperCase()} Zoe`;

  await signInAs(page, shopper.email);
  await page.goto(`/m/bellefontaine/distributions/${distribution.id}?q=amandes`);
  const almonds = page.getByRole("article", { name: "Amandes avec peau" });
  await almonds.getByLabel("Quantité de Amandes avec peau").fill("0,5");
  await almonds.getByRole("button", { name: "Commander" }).click();
  // On the phone, the basket is in the bottom sheet the bar opens.
  const basket = await openBasket(page);
  await expect(basket).toContainText("0,5 kg · Amandes avec peau");
  await expect(basket.getByTestId("draft-notice")).toContainText(
    "Panier non confirmé : confirmez pour passer commande.",
  );

  // The producer's orders page and the admin's orders of the day (and its CSV) leave the draft out.
  const producer = await newPerson();
  await signInAs(producer, "producteur@cabas.test");
  const producerOrders = `/producteur/commandes/${distribution.id}`;
  await producer.goto(producerOrders);
  await expect(producer.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(producer.getByText(name)).toHaveCount(0);
  const admin = await newPerson();
  await signInAs(admin, "admin@cabas.test");
  const adminOrders = `/admin/${distribution.marketId}/distributions/${distribution.id}/commandes`;
  await admin.goto(adminOrders);
  await expect(admin.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(admin.getByText(name)).toHaveCount(0);
  const csv = `/api/exports/orders/${distribution.marketId}/${distribution.id}`;
  expect(await (await admin.request.get(csv)).text()).not.toContain(lastName);

  // The shopper confirms: the basket becomes an order.
  await basket.getByRole("link", { name: "Valider ma commande" }).click();
  // The order page says it is not confirmed yet (the shop and its basket sheet are gone: one notice).
  await expect(page).toHaveURL(/\/commande\//);
  await expect(page.getByTestId("draft-notice")).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.getByRole("radio", { name: /Paiement sur place/ }).check();
  await page.getByRole("button", { name: "Sélectionner" }).click();
  await expect(page.getByText("Votre commande est bien enregistrée !")).toBeVisible();
  await expect(page.getByTestId("draft-notice")).toHaveCount(0);
  const [order] = await query<{ confirmedAt: Date | null; basketNumber: number }>(
    `SELECT "confirmedAt", "basketNumber" FROM "Order" WHERE id = $1`,
    [shopper.orderId],
  );
  expect(order.confirmedAt).not.toBeNull();

  await producer.goto(producerOrders);
  await expect(producer.getByText(name)).toBeVisible();
  await admin.goto(adminOrders);
  await expect(admin.getByRole("row").filter({ hasText: name })).toContainText(String(order.basketNumber));
  expect(await (await admin.request.get(csv)).text()).toContain(lastName);
});
