import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expectNoViolations } from "../support/accessibility";
import { query } from "../support/db";
import { demoShopperWithOrder, ownDemoDistribution, startPickup } from "../support/demo";
import { expect, signInAs, test } from "../support/fixtures";
import { type BasketPayment, orderThroughShop } from "../support/shop";

// A member orders one country loaf (4,20 €) through the shop and confirms it.
async function orderOneLoaf(page: Page, distributionId: string, email: string, pay: BasketPayment) {
  await orderThroughShop(page, { email, distributionId, lines: [["Pain de campagne", 1]], totalCents: 420, pay });
}

test("[MONEY] an admin records a cash payment and a transfer found by its reference, reverses a mistake, and validates the distribution deciding about an unpaid basket", async ({
  page,
  newPerson,
}) => {
  await query(`UPDATE "Market" SET "transferIban" = 'FR76 3000 6000 0112 3456 7890 189' WHERE slug = 'bellefontaine'`);
  const distribution = await ownDemoDistribution(["fournil-de-soupetard"]);
  const people = {
    cash: { firstName: "Noah", lastName: "Lambert", phone: "06 10 20 30 40" },
    transfer: { firstName: "Rose", lastName: "Marchand", phone: "06 11 21 31 41" },
    unpaid: { firstName: "Hugo", lastName: "Perret", phone: "06 12 22 32 42" },
  };
  const cash = await demoShopperWithOrder(distribution, people.cash);
  const transfer = await demoShopperWithOrder(distribution, people.transfer);
  const unpaid = await demoShopperWithOrder(distribution, people.unpaid);
  await orderOneLoaf(await newPerson(), distribution.id, cash.email, "Paiement sur place");
  await orderOneLoaf(await newPerson(), distribution.id, transfer.email, "Virement bancaire");
  await orderOneLoaf(await newPerson(), distribution.id, unpaid.email, "Paiement sur place");

  // The transfer's reference, as the confirmation e-mail gives it, with the market's IBAN.
  const [confirmation] = await query<{ text: string }>(
    `SELECT text FROM "EmailOutbox" WHERE "toEmail" = $1 AND template = 'order-confirmation'`,
    [transfer.email],
  );
  expect(confirmation.text).toContain("FR76 3000 6000 0112 3456 7890 189");
  const reference = /CABAS-\d+-[A-Z0-9]{6}/.exec(confirmation.text)![0];
  expect(reference).toMatch(new RegExp(`^CABAS-${transfer.basketNumber}-`));

  // Distribution day: pick-up has started.
  await startPickup(distribution.id);
  await signInAs(page, "admin@cabas.test");
  const dayPage = `/admin/${distribution.marketId}/distributions/${distribution.id}/validation`;
  await page.goto(dayPage);
  const basketOf = (name: string) => page.locator("details[data-basket]").filter({ hasText: name });

  // Noah pays cash: what is due is suggested.
  const noe = basketOf("LAMBERT Noah");
  await noe.locator(":scope > summary").click();
  await expect(noe.getByText(/Reste dû : 4,20\s€/)).toBeVisible();
  await noe.locator("summary").filter({ hasText: "Enregistrer un paiement" }).click();
  await expect(noe.getByLabel("Montant (€)")).toHaveValue("4,20");
  await noe.getByLabel("Moyen de paiement").selectOption({ label: "Espèces" });
  await noe.getByRole("button", { name: "Enregistrer un paiement" }).click();
  await expect(page.getByText(/Paiement de 4,20\s€ enregistré\. Reste dû : 0,00\s€\./)).toBeVisible();
  await expect(noe.locator("[data-basket-payments]")).toContainText("Payé");

  // A mistake: 1,00 € of cash recorded on Rose's basket, reversed.
  const rose = basketOf("MARCHAND Rose");
  await rose.locator(":scope > summary").click();
  await rose.locator("summary").filter({ hasText: "Enregistrer un paiement" }).click();
  await rose.getByLabel("Moyen de paiement").selectOption({ label: "Espèces" });
  await rose.getByLabel("Montant (€)").fill("12 €");
  await rose.getByRole("button", { name: "Enregistrer un paiement" }).click();
  await expect(rose.getByText("C’est plus que ce qui reste dû sur ce panier", { exact: false })).toBeVisible();
  await expect(rose.getByLabel("Montant (€)")).toHaveValue("12 €");
  await rose.getByLabel("Montant (€)").fill("1");
  await rose.getByRole("button", { name: "Enregistrer un paiement" }).click();
  await expect(page.getByText(/Paiement de 1,00\s€ enregistré\. Reste dû : 3,20\s€\./)).toBeVisible();
  await rose.getByRole("button", { name: "Annuler ce paiement" }).click();
  const dialog = page.getByRole("alertdialog", { name: /Annuler le paiement de 1,00\s€ \(Espèces\)/ });
  await expect(dialog).toContainText("ce montant redevient dû");
  await dialog.getByRole("button", { name: "Annuler ce paiement" }).click();
  await expect(page.getByText("Paiement annulé.")).toBeVisible();
  await expect(rose.getByText(/Reste dû : 4,20\s€/)).toBeVisible();
  await expect(rose.getByText("Annulé", { exact: true })).toBeVisible();
  const [reversal] = await query<{ reversesId: string; method: string }>(
    `SELECT t."reversesId", t.method FROM "LedgerTransaction" t WHERE t.kind = 'REVERSAL' AND t."orderId" = $1`,
    [transfer.orderId],
  );
  expect(reversal).toMatchObject({ method: "CASH", reversesId: expect.any(String) });

  // Rose's transfer arrives: the bank wrote the reference its own way.
  await page.goto(`/admin/${distribution.marketId}/membres`);
  const search = page.getByRole("search");
  await search
    .getByLabel("Référence lue sur le relevé")
    .fill(`VIR SEPA ${reference.toLowerCase().replaceAll("-", " ")} MARCHAND`);
  await search.getByRole("button", { name: "Chercher" }).click();
  const found = page.locator(`[data-found="${reference}"]`);
  await expect(found).toContainText(`Panier n° ${transfer.basketNumber} de MARCHAND Rose`);
  await expect(found.getByLabel("Moyen de paiement")).toHaveValue("TRANSFER");
  await expect(found.getByLabel("Montant (€)")).toHaveValue("4,20");
  await expectNoViolations(page);
  await found.getByRole("button", { name: "Enregistrer un paiement" }).click();
  await expect(page.getByText(/Paiement de 4,20\s€ enregistré\. Reste dû : 0,00\s€\./)).toBeVisible();
  await expect(found).toContainText(/Reste dû : 0,00\s€/);
  // Rose was told of each payment, and that the mistaken one no longer counts.
  const mails = await query<{ template: string; text: string }>(
    `SELECT template, text FROM "EmailOutbox" WHERE "toEmail" = $1 AND template LIKE 'payment-%' ORDER BY "createdAt"`,
    [transfer.email],
  );
  expect(mails.map((m) => m.template)).toEqual(["payment-received", "payment-reversed", "payment-received"]);
  expect(mails[1].text).toMatch(/Le paiement de 1,00\s€ \(Espèces\) enregistré pour vous l’avait été par erreur/);
  expect(mails[2].text).toMatch(/votre paiement de 4,20\s€ \(Virement\)/);

  // Closing the day: the till, and Hugo's unpaid basket.
  await page.goto(dayPage);
  const close = page.getByRole("region", { name: "Clôturer la distribution" });
  const till = close.locator("[data-till-totals]");
  await expect(till.getByRole("row").filter({ hasText: "Espèces" })).toContainText("4,20");
  await expect(till.getByRole("row").filter({ hasText: "Virement" })).toContainText("4,20");
  await expect(till.getByTestId("till-total")).toHaveText(/La caisse doit contenir : 4,20\s€/);
  const hugo = close.getByLabel(new RegExp(`N° ${unpaid.basketNumber} — PERRET Hugo — reste dû 4,20`));
  await close.getByRole("button", { name: "Valider la distribution" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Valider la distribution" }).click();
  await expect(close.getByText("Choisissez ce que devient ce panier non payé.")).toBeVisible();
  await expectNoViolations(page);
  await hugo.selectOption({ label: "Payé maintenant par chèque" });
  await close.getByRole("button", { name: "Valider la distribution" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Valider la distribution" }).click();
  await expect(page.getByText("Cette distribution est validée.")).toBeVisible();

  const validated = page.getByRole("region", { name: "Encaissements de cette distribution" });
  await expect(validated.getByTestId("till-total")).toHaveText(/La caisse doit contenir : 8,40\s€/);
  const [{ held }] = await query<{ held: string }>(
    `SELECT -sum(e."amountCents") AS held FROM "LedgerEntry" e JOIN "Order" o ON o.id = e."orderId"
     WHERE e.account = 'MARKET_TILL' AND o."distributionId" = $1`,
    [distribution.id],
  );
  expect(Number(held)).toBe(840);
  const [{ unbalanced }] = await query<{ unbalanced: string }>(
    `SELECT count(*) AS unbalanced FROM (SELECT 1 FROM "LedgerEntry" GROUP BY "transactionId" HAVING sum("amountCents") <> 0) u`,
  );
  expect(Number(unbalanced)).toBe(0);
  expect(
    await query(`SELECT 1 FROM "Order" WHERE "distributionId" = $1 AND "validatedAt" IS NULL`, [distribution.id]),
  ).toHaveLength(0);
});

test("[MONEY] on a member's account an admin records money received for the balance and a credit with its reason", async ({
  page,
}) => {
  const [{ marketId }] = await query<{ marketId: string }>(
    `SELECT id AS "marketId" FROM "Market" WHERE slug = 'bellefontaine'`,
  );
  const member = { userId: `e2e-user-${randomUUID()}`, email: `lina-${randomUUID().slice(0, 6)}@exemple.fr` };
  await query(
    `INSERT INTO "User" (id, email, "passwordHash", "firstName", "lastName", "emailVerifiedAt", "updatedAt") VALUES ($1, $2, 'unused', 'Lina', 'Roussel', now(), now())`,
    [member.userId, member.email],
  );
  await query(`INSERT INTO "Membership" (id, "marketId", "userId") VALUES ($1, $2, $3)`, [
    `e2e-m-${randomUUID()}`,
    marketId,
    member.userId,
  ]);
  await signInAs(page, "admin@cabas.test");
  await page.goto(`/admin/${marketId}/membres`);
  await page
    .locator(`[data-member="${member.email}"]`)
    .getByRole("link", { name: /Compte de Lina Roussel/ })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compte de Lina Roussel");
  await expect(page.getByTestId("member-balance")).toContainText("Ne doit rien.");

  const topUp = page.getByRole("region", { name: "Enregistrer un versement" });
  await topUp.getByLabel("Moyen de paiement").selectOption({ label: "Virement" });
  await topUp.getByLabel("Montant (€)").fill("20,00");
  await topUp.getByLabel("Référence (virement, n° de chèque)").fill("VIR ROUSSEL AVANCE");
  await topUp.getByRole("button", { name: "Enregistrer un versement" }).click();
  await expect(topUp.getByText(/Versement de 20,00\s€ enregistré\. Nouveau solde : 20,00\s€\./)).toBeVisible();

  const adjust = page.getByRole("region", { name: "Créditer / débiter" });
  await adjust.getByLabel("Montant (€)").fill("1,50");
  await adjust.getByLabel("Raison").selectOption({ label: "Geste commercial" });
  await adjust.getByRole("button", { name: "Créditer / débiter" }).click();
  await expect(adjust.getByText("Indiquez la raison : elle reste dans l’historique du membre.")).toBeVisible();
  await expect(adjust.getByLabel("Montant (€)")).toHaveValue("1,50");
  await adjust.getByLabel("Explication").fill("Œufs cassés le 12");
  await adjust.getByRole("button", { name: "Créditer / débiter" }).click();
  await expect(adjust.getByText(/Solde ajusté\. Nouveau solde : 21,50\s€\./)).toBeVisible();

  await expect(page.getByTestId("member-balance")).toContainText(/A 21,50\s€ de crédit\./);
  const history = page.getByRole("region", { name: "Historique" });
  await expect(history.getByRole("row").filter({ hasText: "Œufs cassés le 12" })).toContainText("Geste commercial");
  await expect(history.getByRole("row").filter({ hasText: "VIR ROUSSEL AVANCE" })).toContainText(/20,00\s€/);
  await expectNoViolations(page);
  const [{ balance }] = await query<{ balance: string }>(
    `SELECT sum("amountCents") AS balance FROM "LedgerEntry" WHERE "userId" = $1 AND account = 'SHOPPER'`,
    [member.userId],
  );
  expect(Number(balance)).toBe(2150);
});
