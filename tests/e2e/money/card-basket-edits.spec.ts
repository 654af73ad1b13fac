import { query } from "../support/db";
import { demoShopperWithOrder, offerCardPayment, openDemoDistribution } from "../support/demo";
import { expect, test } from "../support/fixtures";
import { openBasket, orderThroughShop } from "../support/shop";

test("[MONEY] a basket paid by card that shrinks is refunded to the card, and one that grows asks for the difference", async ({
  page,
}) => {
  await offerCardPayment();
  const distribution = await openDemoDistribution();
  const shopper = await demoShopperWithOrder(distribution, {
    firstName: "Ines",
    lastName: "Carpentier",
    phone: "06 11 22 33 44",
  });
  const ledgerSum = async () => {
    const [{ sum }] = await query<{ sum: string | null }>(
      `SELECT sum("amountCents") AS sum FROM "LedgerEntry" WHERE "userId" = $1 AND account = 'SHOPPER'`,
      [shopper.userId],
    );
    return Number(sum ?? 0);
  };
  await orderThroughShop(page, {
    email: shopper.email,
    distributionId: distribution.id,
    lines: [["Pain de campagne", 3]],
    totalCents: 1260,
    pay: "card",
  });
  expect(await ledgerSum()).toBe(0);

  // Two loaves fewer: the change refunds 8,40 € to the card at once.
  await page.goto(`/commande/${shopper.orderId}`);
  await page.getByRole("link", { name: "Modifier ma commande" }).click();
  let basket = await openBasket(page);
  await basket.getByLabel("Quantité de Pain de campagne").fill("1");
  await basket.getByRole("button", { name: "Mettre à jour" }).first().click();
  await expect(basket.getByTestId("basket-total")).toHaveText(/4,20/);
  await page.goto(`/commande/${shopper.orderId}`);
  await expect(page.getByTestId("card-refunds")).toHaveText(/Remboursé sur la carte : 8,40\s€/);
  await expect(page.getByTestId("owed")).toHaveCount(0);
  const refunds = await query<{ amountCents: number; status: string; stripeRefundId: string }>(
    `SELECT "amountCents", status, "stripeRefundId" FROM "Refund" WHERE "orderId" = $1`,
    [shopper.orderId],
  );
  expect(refunds).toEqual([
    { amountCents: 840, status: "SUCCEEDED", stripeRefundId: expect.stringMatching(/^re_fake_/) },
  ]);
  expect(await ledgerSum()).toBe(0);

  // Two loaves more: 8,40 € owed, shown on the basket and the account, until paid by card.
  await page.getByRole("link", { name: "Modifier ma commande" }).click();
  basket = await openBasket(page);
  await basket.getByLabel("Quantité de Pain de campagne").fill("3");
  await basket.getByRole("button", { name: "Mettre à jour" }).first().click();
  await expect(basket.getByTestId("basket-total")).toHaveText(/12,60/);
  expect(await ledgerSum()).toBe(-840);
  await page.goto("/compte");
  await expect(page.getByText(/Reste dû : 8,40\s€/)).toBeVisible();
  await page.goto(`/commande/${shopper.orderId}`);
  const owed = page.getByTestId("owed");
  await expect(owed.getByRole("heading")).toHaveText(/Reste à payer : 8,40\s€/);
  await owed.getByRole("button", { name: /Payer le complément \(8,40\s€\)/ }).click();
  await expect(page.getByText("Montant : 8.40 €")).toBeVisible();
  await page.getByRole("button", { name: "Payer" }).click();
  await expect(page).toHaveURL(/\/compte\?paiement=/);
  await expect(page.getByText(/Reste dû/)).toHaveCount(0);
  await page.goto(`/commande/${shopper.orderId}`);
  await expect(page.getByTestId("owed")).toHaveCount(0);
  await expect(page.getByTestId("order-total")).toHaveText(/12,60/);
  // The VAT it includes, per rate, adds up to the same total.
  await expect(page.locator('[data-vat-breakdown] [data-vat-rate="all"]')).toContainText(/12,60/);
  expect(await ledgerSum()).toBe(0);
});
