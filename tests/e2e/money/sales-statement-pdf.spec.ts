import { readFile } from "node:fs/promises";
import { E2E_CRON_SECRET } from "../../../playwright.config";
import { pdftotext } from "../../support/pdf-text";
import { confirmedBasket } from "../support/day";
import { query } from "../support/db";
import { demoShopperWithOrder, openDemoDistribution, ownDemoDistribution } from "../support/demo";
import { expect, signInAs, test } from "../support/fixtures";
import { centsIn } from "../support/money";

test.use({ viewport: { width: 1280, height: 800 } });

const VRAC = "Épicerie vrac des Minguettes";

// Amounts as the PDF's text reads them: pdftotext writes the narrow no-break space of « 1 234,56 € » as a space.
const printed = (cents: number) =>
  new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" }).format(cents / 100).replace(/\s/g, " ");

test("[MONEY] a producer downloads a monthly sales statement PDF whose VAT per rate and totals are the page's", async ({
  page,
  request,
}) => {
  // A distribution of its own, validated two months ago on the 15th (a month no other demo distribution falls in),
  // where the grocery sold over 1 000 € at two VAT rates.
  const distribution = await ownDemoDistribution(["epicerie-vrac-minguettes"]);
  await confirmedBasket(distribution, { firstName: "Bérénice", lastName: "Lacombe" }, [
    ["Amandes avec peau", 80],
    ["Savon de Marseille", 20],
  ]);
  const [{ month }] = await query<{ month: string }>(
    `UPDATE "Distribution" SET day = date_trunc('month', now() AT TIME ZONE 'Europe/Paris')::date - interval '2 months' + interval '14 days',
       "pickupStartAt" = now() - interval '55 days', "pickupEndAt" = now() - interval '55 days' + interval '2 hours',
       "ordersOpenAt" = now() - interval '60 days', "ordersCloseAt" = now() - interval '56 days',
       "validatedAt" = now() - interval '55 days'
     WHERE id = $1 RETURNING to_char(day, 'YYYY-MM') AS month`,
    [distribution.id],
  );
  await query(`UPDATE "Order" SET "validatedAt" = now() - interval '55 days' WHERE "distributionId" = $1`, [
    distribution.id,
  ]);
  const cron = await request.get("/api/cron/payouts", { headers: { authorization: `Bearer ${E2E_CRON_SECRET}` } });
  expect(cron.status()).toBe(200);

  await signInAs(page, "producteur@cabas.test");
  await page.goto("/producteur/versements");
  const row = page.locator(`[data-statement="${VRAC}"][data-distribution="${distribution.id}"]`);
  const figure = async (name: string) => centsIn(await row.locator(`[data-figure="${name}"]`).innerText());
  const [sales, fees, cabas, due] = [
    await figure("sales"),
    await figure("fees"),
    await figure("cabas"),
    await figure("due"),
  ];
  expect(sales).toBe(80 * 1485 + 20 * 350);
  expect(fees).toBeGreaterThan(0);
  const rates: { rate: string; net: number; vat: number }[] = [];
  for (const item of await row.locator("[data-vat-rate]").all()) {
    const text = await item.innerText();
    const [, rate, net, vat] = /^([\d,]+) % : HT (.+) · TVA (.+)$/.exec(text)!;
    rates.push({ rate, net: centsIn(net), vat: centsIn(vat) });
  }
  expect(rates.map((r) => r.rate)).toEqual(["5,5", "20"]);

  const label = new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
  const title = label.charAt(0).toUpperCase() + label.slice(1);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: `Relevé ${title} (PDF)` }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`releve-ventes-${month}.pdf`);
  const pdf = await readFile((await file.path())!);
  // In reading order row by row (-layout), as a person reads the tables.
  const text = pdftotext(pdf)("-layout").replace(/\s+/g, " ");
  expect(text).toContain(`Relevé de ventes — ${title}`);
  expect(text).toContain(`Amandes avec peau 80 kg ${printed(1485)} 5,5 % ${printed(80 * 1485)}`);
  expect(text).toContain(`Savon de Marseille 20 ${printed(350)} 20 % ${printed(20 * 350)}`);
  // The VAT per rate (net, VAT, incl. VAT) and the totals, as the page shows them; over 1 000 €, whole.
  for (const r of rates)
    expect(text).toContain(`${r.rate} % ${printed(r.net)} ${printed(r.vat)} ${printed(r.net + r.vat)}`);
  expect(sales).toBeGreaterThan(100_000);
  expect(text).toContain(`Ventes TTC ${printed(sales)}`);
  expect(text).toContain(`Totaux ${printed(sales)} ${printed(fees)} ${printed(cabas)}`);
  expect(text).toContain(`${printed(due)}`);
  expect(text).toMatch(new RegExp(`Totaux .* ${printed(due)}`));
  expect(text).not.toMatch(/\d\/\d{3},\d{2}/);
});

test("[SHOP] a shopper downloads the receipt of their basket from the order page, and nobody else can", async ({
  page,
}) => {
  const distribution = await openDemoDistribution();
  const shopper = await demoShopperWithOrder(
    distribution,
    { firstName: "Anouk", lastName: "Ferrand" },
    { basket: "confirmed" },
  );
  const [line] = await query<{ productName: string }>(`SELECT "productName" FROM "OrderLine" WHERE "orderId" = $1`, [
    shopper.orderId,
  ]);
  await signInAs(page, shopper.email);
  await page.goto(`/commande/${shopper.orderId}`);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Télécharger le reçu (PDF)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    new RegExp(`^recu-\\d{4}-\\d{2}-\\d{2}-panier-${shopper.basketNumber}\\.pdf$`),
  );
  const text = pdftotext(await readFile((await file.path())!))("-layout").replace(/\s+/g, " ");
  expect(text).toContain(`Reçu — panier n° ${shopper.basketNumber}`);
  expect(text).toContain(line.productName);
  expect(text).toContain("TVA par taux");

  // Another member of the market gets nothing.
  const other = await demoShopperWithOrder(distribution, { firstName: "Basile", lastName: "Royer" });
  await signInAs(page, other.email);
  expect((await page.request.get(`/api/receipts/${shopper.orderId}`)).status()).toBe(404);
});
