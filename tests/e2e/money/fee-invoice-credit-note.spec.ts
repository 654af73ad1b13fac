import { E2E_CRON_SECRET } from "../../../playwright.config";
import { pdftotext } from "../../support/pdf-text";
import { confirmedBasket } from "../support/day";
import { query } from "../support/db";
import { ownDemoDistribution } from "../support/demo";
import { expect, signInAs, test } from "../support/fixtures";
import { centsIn } from "../support/money";

test.use({ viewport: { width: 1280, height: 800 } });

const reference = (invoice: { year: number; number: number }) =>
  `${invoice.year}-${String(invoice.number).padStart(4, "0")}`;

test("[MONEY] the admin cancels a fee invoice by a credit note: the list shows both, and the credit note's PDF refers to the invoice", async ({
  page,
  request,
}) => {
  // A distribution of its own, validated yesterday, whose payouts the job schedules: the grocery's fee invoice.
  const distribution = await ownDemoDistribution(["epicerie-vrac-minguettes"]);
  await confirmedBasket(distribution, { firstName: "Odile", lastName: "Marchand" }, [["Amandes avec peau", 4]]);
  await query(
    `UPDATE "Distribution" SET day = ((now() - interval '1 day') AT TIME ZONE 'Europe/Paris')::date,
       "pickupStartAt" = now() - interval '1 day', "pickupEndAt" = now() - interval '1 day' + interval '2 hours',
       "ordersOpenAt" = now() - interval '5 days', "ordersCloseAt" = now() - interval '2 days',
       "validatedAt" = now() - interval '20 hours'
     WHERE id = $1`,
    [distribution.id],
  );
  await query(`UPDATE "Order" SET "validatedAt" = now() - interval '20 hours' WHERE "distributionId" = $1`, [
    distribution.id,
  ]);
  const cron = await request.get("/api/cron/payouts", { headers: { authorization: `Bearer ${E2E_CRON_SECRET}` } });
  expect(cron.status()).toBe(200);
  const [invoice] = await query<{ id: string; year: number; number: number; includingVatCents: number }>(
    `SELECT id, year, number, "includingVatCents" FROM "Invoice" WHERE "distributionId" = $1 AND kind = 'INVOICE'`,
    [distribution.id],
  );
  expect(invoice.includingVatCents).toBeGreaterThan(0);
  // The credit note takes the year's next number: the last one issued so far, plus one.
  const [{ last }] = await query<{ last: number }>(
    `SELECT max(number)::int AS last FROM "Invoice" WHERE "marketId" = $1 AND year = $2`,
    [distribution.marketId, invoice.year],
  );

  await signInAs(page, "admin@cabas.test");
  await page.goto(`/admin/${distribution.marketId}/versements`);
  const row = page.locator(`[data-invoice="${reference(invoice)}"]`);
  await expect(row.getByRole("link", { name: `Facture n° ${reference(invoice)}` })).toBeVisible();
  expect(centsIn(await row.innerText())).toBe(invoice.includingVatCents);

  // Keeping the invoice changes nothing; confirming issues the credit note.
  await row.getByRole("button", { name: "Annuler par un avoir" }).click();
  const dialog = page.getByRole("alertdialog", { name: `Annuler la facture n° ${reference(invoice)} par un avoir ?` });
  await dialog.getByRole("button", { name: "Garder la facture" }).click();
  await expect(dialog).toBeHidden();
  await expect(row.getByText("Annulée par un avoir")).toBeHidden();
  await row.getByRole("button", { name: "Annuler par un avoir" }).click();
  await dialog.getByRole("button", { name: "Annuler par un avoir" }).click();

  const note = { year: invoice.year, number: last + 1 };
  await expect(page.getByText(`Avoir n° ${reference(note)} émis.`)).toBeVisible();
  await expect(row.getByText("Annulée par un avoir")).toBeVisible();
  await expect(row.getByRole("button", { name: "Annuler par un avoir" })).toHaveCount(0);
  const noteRow = page.locator(`[data-invoice="${reference(note)}"]`);
  await expect(noteRow.getByRole("link", { name: `Avoir n° ${reference(note)}` })).toBeVisible();
  expect(centsIn(await noteRow.innerText())).toBe(-invoice.includingVatCents);
  // A credit note is not cancelled in its turn.
  await expect(noteRow.getByRole("button", { name: "Annuler par un avoir" })).toHaveCount(0);

  const [credit] = await query<{ id: string }>(`SELECT id FROM "Invoice" WHERE "creditedInvoiceId" = $1`, [invoice.id]);
  await expect(noteRow.getByRole("link")).toHaveAttribute("href", `/api/invoices/${credit.id}`);
  const pdf = await page.request.get(`/api/invoices/${credit.id}`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-disposition"]).toBe(`attachment; filename="avoir-${reference(note)}.pdf"`);
  const text = pdftotext(await pdf.body())().replace(/\s+/g, " ");
  expect(text).toContain(`Avoir n° ${reference(note)}`);
  expect(text).toMatch(new RegExp(`Annule la facture n° ${reference(invoice)} du \\d{2}/\\d{2}/\\d{4}`));
});
