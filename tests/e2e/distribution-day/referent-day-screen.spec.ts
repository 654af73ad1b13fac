import { expectNoViolations } from "../support/accessibility";
import { query } from "../support/db";
import { confirmedBasket } from "../support/day";
import { demoShopperWithOrder, ownDemoDistribution, startPickup } from "../support/demo";
import { expect, signInAs, test } from "../support/fixtures";

// A phone held in one hand.
test.use({ viewport: { width: 375, height: 667 } });

const order = (id: string) =>
  query<{ collectedAt: Date | null; validatedAt: Date | null; collectedById: string | null }>(
    `SELECT "collectedAt", "validatedAt", "collectedById" FROM "Order" WHERE id = $1`,
    [id],
  ).then((rows) => rows[0]);

test("[DAY] a referent named by the admin runs the distribution day on a phone, and nothing else", async ({
  page,
  newPerson,
}) => {
  const distribution = await ownDemoDistribution(["fournil-de-soupetard", "ferme-des-trois-cocus"]);
  const referent = await demoShopperWithOrder(distribution, { firstName: "Inès", lastName: "Morel" });
  const loaf = ["Pain de campagne", 1] as [string, number];
  const people = [
    { firstName: "Noah", lastName: "Lambert", phone: "06 10 20 30 40" },
    { firstName: "Rose", lastName: "Marchand", phone: "06 11 21 31 41" },
    { firstName: "Hugo", lastName: "Perret", phone: "06 12 22 32 42" },
    { firstName: "Léa", lastName: "Fabre", phone: "06 13 23 33 43" },
  ];
  const baskets = [];
  for (const person of people) baskets.push(await confirmedBasket(distribution, person, [loaf]));
  // Nina's squash is weighed on the day: ordered 1,5 kg at 2,90 €/kg.
  const nina = await confirmedBasket(distribution, { firstName: "Nina", lastName: "Girard", phone: "06 14 24 34 44" }, [
    loaf,
    ["Courge butternut", 1.5],
  ]);
  await startPickup(distribution.id);

  // The admin names Inès referent of this distribution, from its logistics page.
  const admin = await newPerson({ viewport: { width: 1280, height: 800 } });
  await signInAs(admin, "admin@cabas.test");
  await admin.goto(`/admin/${distribution.marketId}/distributions/${distribution.id}/logistique`);
  const referents = admin.getByRole("region", { name: "Référents" });
  await referents.getByLabel("Membre").selectOption({ label: "Inès Morel" });
  await referents.getByRole("button", { name: "Nommer" }).click();
  await expect(referents.getByRole("list", { name: "Référents" })).toContainText("Inès Morel");

  // Inès finds the day screen from the header, on her phone.
  await signInAs(page, referent.email);
  await page.goto("/");
  await page.getByRole("link", { name: "Jour de distribution" }).click();
  await page.getByRole("link", { name: /Salle Eugénie Cotton/ }).click();
  await expect(page).toHaveURL(new RegExp(`/jour/${distribution.id}$`));
  await expect(page.getByRole("heading", { name: "Jour de distribution", level: 1 })).toBeVisible();
  const basket = (number: number) => page.locator(`article[data-basket="${number}"]`);
  // Each gesture is queued on the phone and sent at once: the server has it when nothing waits any more.
  const sent = () =>
    expect(page.getByRole("status").filter({ hasText: /Synchronisé|en attente/ })).toContainText("Synchronisé");
  // A basket's row is the button that opens and closes it.
  const toggle = (number: number) => basket(number).locator("button[aria-expanded]").click();
  const open = async (number: number) => {
    await toggle(number);
    return basket(number);
  };
  await expect(page.locator("article[data-basket]")).toHaveCount(5);
  await expectNoViolations(page);

  // Search by name (no accent needed), then by number.
  const search = page.getByRole("searchbox", { name: "Nom ou n° de panier" });
  await search.fill("lea fab");
  await expect(page.locator("article[data-basket]")).toHaveCount(1);
  await expect(basket(baskets[3].basketNumber)).toContainText("FABRE Léa");
  await search.fill(String(nina.basketNumber));
  await expect(basket(nina.basketNumber)).toContainText("GIRARD Nina");
  await search.fill("");

  // Noah, Rose and Hugo take their baskets.
  for (const b of baskets.slice(0, 3)) {
    const card = await open(b.basketNumber);
    await card.getByRole("button", { name: "Retiré", exact: true }).click();
    await expect(card.getByText(/^Retiré à \d\d:\d\d$/)).toBeVisible();
    await toggle(b.basketNumber);
  }
  await sent();
  for (const b of baskets.slice(0, 3))
    expect(await order(b.orderId)).toMatchObject({ collectedAt: expect.any(Date), collectedById: referent.userId });
  await page.getByRole("radio", { name: "Retirés (3)" }).click();
  await expect(page.locator("article[data-basket]")).toHaveCount(3);
  await page.getByRole("radio", { name: "Tous (5)" }).click();

  // Nina: the squash weighs 1,2 kg; she pays cash; her basket is validated.
  const card = await open(nina.basketNumber);
  await expect(card.getByText(/Total : 8,55\s€/)).toBeVisible();
  await card.getByRole("textbox", { name: "Livré : Courge butternut" }).fill("1,2");
  await card.getByRole("listitem").filter({ hasText: "Courge butternut" }).getByRole("button", { name: "OK" }).click();
  await expect(card.getByText(/Total : 7,68\s€/)).toBeVisible();
  await sent();
  const [squash] = await query<{ deliveredQuantity: string }>(
    `SELECT "deliveredQuantity"::text FROM "OrderLine" WHERE "orderId" = $1 AND "productName" = 'Courge butternut'`,
    [nina.orderId],
  );
  expect(Number(squash.deliveredQuantity)).toBe(1.2);
  await expect(card.getByRole("radio", { name: "Espèces" })).toBeChecked();
  await expect(card.getByRole("textbox", { name: "Montant" })).toHaveValue("7,68");
  await card.getByRole("button", { name: "Encaisser" }).click();
  await expect(card.getByText("Payé", { exact: true })).toBeVisible();
  await expect(card.getByText(/\d\d:\d\d · Espèces · 7,68\s€/)).toBeVisible();
  await expect(page.getByTestId("till-total")).toHaveText(/Dans la caisse : 7,68\s€/);
  await expect(card.getByRole("combobox", { name: "Payé sur place en" })).toHaveValue("CASH");
  await card.getByRole("button", { name: "Valider le panier" }).click();
  await expect(card.getByText("Validé", { exact: true })).toBeVisible();
  await sent();
  const validated = await order(nina.orderId);
  expect(validated.validatedAt).not.toBeNull();
  expect(validated.collectedAt).not.toBeNull();
  const payments = await query<{ onSiteMethod: string; amountCents: number }>(
    `SELECT "onSiteMethod", "amountCents" FROM "Payment" WHERE "orderId" = $1 AND status = 'SUCCEEDED'`,
    [nina.orderId],
  );
  expect(payments).toEqual([{ onSiteMethod: "CASH", amountCents: 768 }]);

  // A quarter of an hour before the end, Léa has still not come: her phone number, to call her.
  await query(`UPDATE "Distribution" SET "pickupEndAt" = now() + interval '10 minutes' WHERE id = $1`, [
    distribution.id,
  ]);
  await page.reload();
  const waiting = page.getByRole("region", { name: "Toujours attendus (1)" });
  await expect(waiting.getByRole("link", { name: "Appeler Léa Fabre" })).toHaveAttribute("href", "tel:0613233343");
  await expectNoViolations(page);

  // A market whose baskets are made up during the distribution: each basket's products by producer, what is sold
  // by weight to weigh.
  await query(`UPDATE "Market" SET "basketMode" = 'DURING' WHERE id = $1`, [distribution.marketId]);
  try {
    await page.reload();
    await expect(page.getByText("Composition sur place", { exact: false })).toBeVisible();
    const made = await open(nina.basketNumber);
    await expect(made.getByRole("heading", { name: "Ferme des Trois Cocus", level: 3 })).toBeVisible();
    await expect(
      made.getByRole("region", { name: "Ferme des Trois Cocus" }).getByText("À peser", { exact: true }),
    ).toBeVisible();
    await expect(made.getByRole("region", { name: "Le Fournil de Soupetard" })).toContainText("Pain de campagne");
  } finally {
    await query(`UPDATE "Market" SET "basketMode" = 'BEFORE' WHERE id = $1`, [distribution.marketId]);
  }

  // Nothing else: another distribution's day, the admin pages.
  const elsewhere = await ownDemoDistribution(["fournil-de-soupetard"]);
  // Its day, not a sale open on the market's page that the public pages' specs count.
  await startPickup(elsewhere.id);
  expect((await page.goto(`/jour/${elsewhere.id}`))?.status()).toBe(404);
  expect((await page.goto(`/admin/${distribution.marketId}`))?.status()).toBe(404);
  expect(
    (await page.goto(`/admin/${distribution.marketId}/distributions/${distribution.id}/validation`))?.status(),
  ).toBe(404);
  expect((await page.goto(`/admin/${distribution.marketId}/membres`))?.status()).toBe(404);

  // Removed by the admin, she is refused at once.
  await admin.reload();
  await referents
    .getByRole("listitem")
    .filter({ hasText: "Inès Morel" })
    .getByRole("button", { name: "Retirer" })
    .click();
  await expect(referents.getByText("Aucun référent nommé", { exact: false })).toBeVisible();
  expect((await page.goto(`/jour/${distribution.id}`))?.status()).toBe(404);
});
