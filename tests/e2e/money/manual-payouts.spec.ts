import { query } from "../support/db";
import { expectNoViolations } from "../support/accessibility";
import { expect, signInAs, test } from "../support/fixtures";

test.use({ viewport: { width: 1280, height: 800 } });

const VRAC = "Épicerie vrac des Minguettes";
const OPERATOR = "operateur@cabas.test";

// The platform's operator: an account like the demo admin's (same password), with the operator's flag.
async function operatorAccount() {
  await query(
    `INSERT INTO "User" (id, email, "passwordHash", "firstName", "lastName", "emailVerifiedAt", "isOperator", "updatedAt")
     SELECT 'e2e-operator', $1, "passwordHash", 'Opé', 'Rateur', now(), true, now() FROM "User" WHERE email = 'admin@cabas.test'
     ON CONFLICT (email) DO NOTHING`,
    [OPERATOR],
  );
}

test("[MONEY] the operator records the bank transfer of a payout Stripe could not make, and the producer's statement shows it paid", async ({
  page,
  newPerson,
}) => {
  // The demo grocery has no Stripe account: on its Monday, the card money Cabas collected for it is due by
  // bank transfer (what the payout job marks MANUAL).
  // Other specs may have left payouts of their own for the grocery: this one follows the demo's.
  const [payout] = await query<{ id: string; amountCents: number; distributionId: string }>(
    `UPDATE "Payout" p SET status = 'MANUAL' FROM "Producer" pr
     WHERE pr.id = p."producerId" AND pr.name = $1 AND pr."stripeOnboardedAt" IS NULL AND p.status IN ('SCHEDULED', 'MANUAL')
       AND p."distributionId" NOT LIKE 'e2e-%'
     RETURNING p.id, p."amountCents", p."distributionId"`,
    [VRAC],
  );
  expect(payout.amountCents).toBeGreaterThan(0);
  const amount = new RegExp(`${(payout.amountCents / 100).toFixed(2).replace(".", ",")}\\s€`);
  await operatorAccount();

  // Nobody else sees the list: the market's admin gets a 404.
  await signInAs(page, "admin@cabas.test");
  expect((await page.goto("/operateur/versements"))?.status()).toBe(404);

  const operator = await newPerson();
  await signInAs(operator, OPERATOR);
  await operator.goto("/compte");
  await operator.getByRole("link", { name: "Versements à virer" }).click();
  await expect(operator.getByRole("heading", { name: "Versements à virer par Cabas" })).toBeVisible();
  const row = operator.locator(`[data-payout="${VRAC}"][data-payout-id="${payout.id}"]`);
  await expect(row.locator('[data-figure="amount"]')).toHaveText(amount);
  await expectNoViolations(operator);

  await row.getByText("Virement fait").click();
  await row.getByRole("button", { name: "Enregistrer le paiement" }).click();
  await expect(row.getByText("Saisissez la référence du virement.")).toBeVisible();
  await row.getByLabel("Référence du virement").fill("VIR-CABAS-E2E");
  await row.getByRole("button", { name: "Enregistrer le paiement" }).click();
  await expect(operator.getByText("Virement enregistré : le producteur est prévenu.")).toBeVisible();
  await expect(row).toHaveCount(0);

  const [paid] = await query<{ status: string; reference: string; entries: number }>(
    `SELECT p.status, t.reference, (SELECT sum(e."amountCents") FROM "LedgerEntry" e WHERE e."transactionId" = t.id)::int AS entries
     FROM "Payout" p JOIN "LedgerTransaction" t ON t."payoutId" = p.id AND t.kind = 'PAYOUT' WHERE p.id = $1`,
    [payout.id],
  );
  expect(paid).toEqual({ status: "PAID", reference: "VIR-CABAS-E2E", entries: 0 });

  await signInAs(page, "producteur@cabas.test");
  await page.goto("/producteur/versements");
  const card = page.locator(`[data-statement="${VRAC}"][data-distribution="${payout.distributionId}"]`);
  await expect(card.locator('[data-figure="cabas"]')).toContainText(amount);
  await expect(card.locator('[data-figure="cabas"]')).toContainText("Versé le");
});
