import { readFileSync } from "node:fs";
import { E2E_CRON_SECRET } from "../../../playwright.config";
import { expectNoViolations } from "../support/accessibility";
import { query } from "../support/db";
import { connectToStripe } from "../support/demo";
import { expect, signInAs, test } from "../support/fixtures";
import { amountField, euros } from "../support/money";

test.use({ viewport: { width: 1280, height: 800 } });

const VRAC = "Épicerie vrac des Minguettes";

// The demo's validated distribution: one basket paid in cash, one by transfer, one by card, one unpaid, and its
// payouts scheduled (the seed's, not one a spec made of its own: tests/e2e/support/demo.ts names those e2e-…).
async function validatedDistribution() {
  const [d] = await query<{ id: string; marketId: string }>(
    `SELECT d.id, d."marketId" FROM "Distribution" d JOIN "Market" m ON m.id = d."marketId"
     WHERE m.slug = 'bellefontaine' AND d."payoutsScheduledAt" IS NOT NULL AND d.id NOT LIKE 'e2e-%' ORDER BY d."pickupStartAt" LIMIT 1`,
  );
  return d;
}

// A producer's figures for the distribution, summed from the ledger and the payout: what the pages must show.
async function ledgerFigures(distributionId: string, producerName: string) {
  const [f] = await query<{ sales: string; fee: string; settled: string; cabas: number | null }>(
    `SELECT
       sum(e."amountCents") FILTER (WHERE t.kind = 'ORDER') AS sales,
       coalesce(-sum(e."amountCents") FILTER (WHERE t.kind = 'FEE'), 0) AS fee,
       coalesce(-sum(e."amountCents") FILTER (WHERE t.kind = 'PRODUCER_SETTLEMENT'), 0) AS settled,
       (SELECT po."amountCents" FROM "Payout" po WHERE po."producerId" = p.id AND po."distributionId" = $1) AS cabas
     FROM "LedgerEntry" e JOIN "LedgerTransaction" t ON t.id = e."transactionId" JOIN "Producer" p ON p.id = e."producerId"
     WHERE e.account = 'PRODUCER' AND e."distributionId" = $1 AND p.name = $2 GROUP BY p.id`,
    [distributionId, producerName],
  );
  const [sales, fee, settled, cabas] = [Number(f.sales), Number(f.fee), Number(f.settled), f.cabas ?? 0];
  return { sales, fee, cabas, settled, due: sales - fee - cabas - settled };
}

test("[MONEY] the admin sees what Cabas pays and what the market owes each producer, records « payé au producteur », and the producer sees it", async ({
  page,
  newPerson,
}) => {
  const distribution = await validatedDistribution();
  const before = await ledgerFigures(distribution.id, VRAC);
  expect(before.cabas).toBeGreaterThan(0); // the card basket bought from the grocery
  expect(before.due).toBeGreaterThan(0); // the cash, transfer and unpaid baskets too

  await signInAs(page, "admin@cabas.test");
  await page.goto(`/admin/${distribution.marketId}`);
  await page.getByRole("link", { name: "Versements" }).click();
  await expect(page.getByRole("heading", { name: "Versements aux producteurs" })).toBeVisible();
  const statement = page.locator(`[data-statements="${distribution.id}"]`);
  const vrac = statement.locator(`[data-statement="${VRAC}"]`);
  await expect(vrac.locator('[data-figure="sales"]')).toHaveText(euros(before.sales));
  await expect(vrac.locator('[data-figure="fees"]')).toHaveText(euros(before.fee));
  await expect(vrac.locator('[data-figure="cabas"]')).toContainText(euros(before.cabas));
  await expect(vrac.locator('[data-figure="due"]')).toHaveText(euros(before.due));
  // Its VAT per rate: the sums of what its confirmed lines store, net then VAT.
  const vat = await query<{ rate: number; net: string; vat: string }>(
    `SELECT l."vatRateBp" AS rate, sum(l."netCents") AS net, sum(l."vatCents") AS vat
     FROM "OrderLine" l JOIN "Order" o ON o.id = l."orderId" JOIN "Product" pr ON pr.id = l."productId"
     JOIN "Catalog" c ON c.id = pr."catalogId" JOIN "Producer" p ON p.id = c."producerId"
     WHERE o."distributionId" = $1 AND o."confirmedAt" IS NOT NULL AND p.name = $2 GROUP BY l."vatRateBp"`,
    [distribution.id, VRAC],
  );
  expect(vat.length).toBeGreaterThan(0);
  for (const { rate, net, vat: tax } of vat) {
    const row = vrac.locator(`[data-figure="vat"] [data-vat-rate="${rate}"]`);
    await expect(row).toContainText(new RegExp(`HT ${euros(Number(net)).source} · TVA ${euros(Number(tax)).source}`));
  }

  // More than the market owes another producer: refused next to the amount.
  const farm = statement.locator('[data-statement="Ferme des Trois Cocus"]');
  const farmDue = (await ledgerFigures(distribution.id, "Ferme des Trois Cocus")).due;
  await farm.getByText("Payé au producteur").click();
  await farm.getByLabel("Montant payé (€)").fill(amountField(farmDue + 1));
  await farm.getByRole("button", { name: "Enregistrer le paiement" }).click();
  await expect(
    farm.getByText("C’est plus que ce que le marché doit encore à ce producteur pour cette distribution."),
  ).toBeVisible();
  await expectNoViolations(page);

  await vrac.getByText("Payé au producteur").click();
  await expect(vrac.getByLabel("Montant payé (€)")).toHaveValue(amountField(before.due));
  await vrac.getByLabel("Moyen de paiement").selectOption({ label: "Virement" });
  await vrac.getByLabel("Référence (facultatif)").fill("VIR-E2E-42");
  await vrac.getByRole("button", { name: "Enregistrer le paiement" }).click();
  await expect(vrac.locator('[data-figure="due"]')).toHaveText(euros(0));
  const today = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris" }).format(new Date());
  await expect(vrac.locator('[data-figure="settled"]')).toContainText(
    new RegExp(`${euros(before.due).source} · Virement · ${today} · réf\\. VIR-E2E-42`),
  );
  await expect(vrac.getByText("Payé au producteur")).toHaveCount(0);

  const [settlement] = await query<{ method: string; reference: string; producer: string; bank: number }>(
    `SELECT t.method, t.reference,
       (SELECT e."amountCents" FROM "LedgerEntry" e WHERE e."transactionId" = t.id AND e.account = 'PRODUCER') AS producer,
       (SELECT e."amountCents" FROM "LedgerEntry" e WHERE e."transactionId" = t.id AND e.account = 'MARKET_BANK') AS bank
     FROM "LedgerTransaction" t WHERE t.kind = 'PRODUCER_SETTLEMENT' AND t."distributionId" = $1`,
    [distribution.id],
  );
  expect(settlement).toEqual({ method: "TRANSFER", reference: "VIR-E2E-42", producer: -before.due, bank: before.due });
  const after = await ledgerFigures(distribution.id, VRAC);
  expect(after).toEqual({ ...before, settled: before.due, due: 0 });

  // The accounting export of today, as CSV and as FEC.
  const isoToday = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Paris" }).format(new Date());
  const exportForm = page.getByRole("form", { name: "Export comptable" });
  await exportForm.getByLabel("Du", { exact: true }).fill(isoToday);
  await exportForm.getByLabel("Au", { exact: true }).fill(isoToday);
  const downloaded = async (button: string) => {
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      exportForm.getByRole("button", { name: button }).click(),
    ]);
    return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, "utf8") };
  };
  const journal = await downloaded("Journal comptable (CSV)");
  expect(journal.name).toBe("journal-marche.csv");
  const lines = journal.text.split("\r\n");
  expect(lines.filter((l) => l.includes("VIR-E2E-42")).map((l) => l.split(";").slice(2, 4))).toEqual([
    ["Paiement au producteur", "4670"],
    ["Paiement au producteur", "5120"],
  ]);
  const fec = await downloaded("FEC (comptabilité)");
  expect(fec.name).toBe(`bellefontaineFEC${isoToday.replaceAll("-", "")}.txt`);
  const [header, ...entries] = fec.text
    .trimEnd()
    .split("\r\n")
    .map((l) => l.split("\t"));
  expect(header).toEqual([
    "JournalCode",
    "JournalLib",
    "EcritureNum",
    "EcritureDate",
    "CompteNum",
    "CompteLib",
    "CompAuxNum",
    "CompAuxLib",
    "PieceRef",
    "PieceDate",
    "EcritureLib",
    "Debit",
    "Credit",
    "EcritureLet",
    "DateLet",
    "ValidDate",
    "Montantdevise",
    "Idevise",
  ]);
  const cents = (amount: string) => Number(amount.replace(",", ""));
  const total = (column: number) => entries.reduce((sum, e) => sum + cents(e[column]), 0);
  expect(total(11)).toBe(total(12));
  expect(entries.filter((e) => e[10].includes("VIR-E2E-42")).map((e) => [e[0], e[4], e[11], e[12]])).toEqual([
    ["BQ", "4670", amountField(before.due), "0,00"],
    ["BQ", "5120", "0,00", amountField(before.due)],
  ]);
  const csv = await page.request.get((await page.getByRole("link", { name: "Relevés (CSV)" }).getAttribute("href"))!);
  expect(await csv.text()).toContain("réf. VIR-E2E-42");

  // The producer, on a phone: the statement is a card per distribution, the settlement on it.
  const producer = await newPerson({ viewport: { width: 375, height: 812 } });
  await signInAs(producer, "producteur@cabas.test");
  await producer.goto("/producteur/versements");
  const card = producer.locator(`[data-statement="${VRAC}"][data-distribution="${distribution.id}"]`);
  await expect(card.locator('[data-figure="due"]')).toContainText(euros(0));
  await expect(card.locator('[data-figure="settled"]')).toContainText(`Virement · ${today} · réf. VIR-E2E-42`);
  await expect(card.locator('[data-figure="cabas"]')).toContainText(euros(before.cabas));
  await expect(producer.getByText("Payé au producteur")).toHaveCount(0);
  await expectNoViolations(producer);
});

test("[MONEY] the payout batch pays the producer what Cabas collected online on its Monday, and the statement shows it", async ({
  page,
  request,
}) => {
  const distribution = await validatedDistribution();
  await connectToStripe("epicerie-vrac-minguettes");
  expect((await request.get("/api/cron/payouts")).status()).toBe(401);
  expect((await request.get("/api/cron/payouts", { headers: { authorization: "Bearer wrong" } })).status()).toBe(401);
  const run = await request.get("/api/cron/payouts", { headers: { authorization: `Bearer ${E2E_CRON_SECRET}` } });
  expect(run.status()).toBe(200);
  const again = await request.get("/api/cron/payouts", { headers: { authorization: `Bearer ${E2E_CRON_SECRET}` } });
  expect((await again.json()).result).toMatchObject({ created: 0, paid: 0 });

  const [payout] = await query<{ status: string; isodow: number; amountCents: number }>(
    `SELECT p.status, EXTRACT(ISODOW FROM p."scheduledFor")::int AS isodow, p."amountCents" FROM "Payout" p
     JOIN "Producer" pr ON pr.id = p."producerId" WHERE pr.slug = 'epicerie-vrac-minguettes' AND p."distributionId" = $1`,
    [distribution.id],
  );
  expect(payout).toMatchObject({ status: "PAID", isodow: 1 });
  expect(payout.amountCents).toBe((await ledgerFigures(distribution.id, VRAC)).cabas);

  await signInAs(page, "producteur@cabas.test");
  await page.goto("/producteur/versements");
  const card = page.locator(`[data-statement="${VRAC}"][data-distribution="${distribution.id}"]`);
  await expect(card.locator('[data-figure="cabas"]')).toContainText(euros(payout.amountCents));
  await expect(card.locator('[data-figure="cabas"]')).toContainText("Versé le");
});
