import { query } from "../support/db";
import { demoShopperWithOrder, offerCardPayment, openDemoDistribution } from "../support/demo";
import { expect, signInAs, test } from "../support/fixtures";
import { orderThroughShop } from "../support/shop";

test("[MONEY] pay online through the (faked) Stripe checkout, the admin adjusts the basket, the refund shows in the payment history", async ({
  newPerson,
}) => {
  await offerCardPayment();
  const distribution = await openDemoDistribution();
  const shopper = await demoShopperWithOrder(distribution, {
    firstName: "Yanis",
    lastName: "Aubert",
    phone: "06 22 33 44 55",
  });
  const page = await newPerson();
  await orderThroughShop(page, {
    email: shopper.email,
    distributionId: distribution.id,
    lines: [["Pain de campagne", 2]],
    totalCents: 840,
    pay: "card",
  });
  const history = page.locator("table").filter({ hasText: "Paiement" });
  await expect(history.getByRole("row").filter({ hasText: "Paiement" }).first()).toContainText("8,40");
  await expect(page.getByText(/Panier n° \d+ · 8,40\s€ · Payé/)).toBeVisible();

  const admin = await newPerson();
  await signInAs(admin, "admin@cabas.test");
  await admin.goto(`/admin/${distribution.marketId}/distributions/${distribution.id}/validation`);
  const basket = admin.locator("details[data-basket]").filter({ hasText: "AUBERT Yanis" });
  await basket.locator("summary").click();
  await basket.getByLabel("Livré : Pain de campagne").fill("1");
  await basket.getByRole("button", { name: "Mettre à jour" }).click();
  await expect(basket.getByText(/À rembourser : 4,20\s€\./)).toBeVisible();
  await basket.getByRole("button", { name: "Rembourser" }).click();
  await expect(basket.getByText(/Payé : 8,40\s€ · Remboursé : 4,20\s€/)).toBeVisible();
  await expect(basket.getByRole("button", { name: "Rembourser" })).toHaveCount(0);

  await page.goto("/compte");
  await expect(page.getByRole("row").filter({ hasText: "Remboursement" }).first()).toContainText("-4,20");
  const [{ sum }] = await query<{ sum: string }>(
    `SELECT sum("amountCents") AS sum FROM "LedgerEntry" WHERE "userId" = $1`,
    [shopper.userId],
  );
  expect(Number(sum)).toBe(0);
  const [refund] = await query<{ status: string; stripeRefundId: string }>(
    `SELECT r.status, r."stripeRefundId" FROM "Refund" r WHERE r."orderId" = $1`,
    [shopper.orderId],
  );
  expect(refund).toMatchObject({ status: "SUCCEEDED", stripeRefundId: expect.stringMatching(/^re_fake_/) });
});
