import ExcelJS from "exceljs";
import { readCsv } from "@/lib/csv";
import AxeBuilder from "@axe-core/playwright";
import { query } from "../support/db";
import { expect, signInAs, test } from "../support/fixtures";

test.use({ viewport: { width: 1366, height: 900 } });

// « 1 234,56 € » (narrow no-break spaces and all) in cents.
const cents = (text: string) => Number(text.replace(/[^\d,-]/g, "").replace(",", ".")) * 100;

test("[ADMIN] the sales report, filtered, and its CSV and XLSX downloads add up to what the screen shows", async ({
  newPerson,
}) => {
  const [demo] = await query<{ id: string }>(`SELECT id FROM "Market" WHERE slug = 'bellefontaine'`);
  const admin = await newPerson();
  await signInAs(admin, "admin@cabas.test");
  await admin.goto(`/admin/${demo.id}`);
  await admin.getByRole("link", { name: "Rapports" }).click();
  await expect(admin.getByRole("heading", { name: "Rapports de ventes" })).toBeVisible();
  await expect(admin.getByRole("img", { name: /Ventes TTC par distribution/ })).toBeVisible();

  await admin.getByLabel("Paiement", { exact: true }).selectOption({ label: "Sur place" });
  await admin.getByRole("button", { name: "Afficher" }).click();
  await expect(admin).toHaveURL(/paiement=ON_SITE/);
  const total = cents((await admin.locator("[data-report-total]").textContent())!);
  expect(total).toBeGreaterThan(0);
  await expect(admin.getByRole("heading", { name: "TVA par taux" })).toBeVisible();
  const results = await new AxeBuilder({ page: admin })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);

  const [download] = await Promise.all([
    admin.waitForEvent("download"),
    admin.getByRole("link", { name: "CSV", exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^ventes-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await (await download.createReadStream()).toArray();
  const { records } = readCsv(Buffer.concat(csv).toString("utf8"), {
    isHeader: (cells) => cells[0] === "Distribution",
  });
  expect(records.length).toBeGreaterThan(0);
  const column = 11; // « Total TTC »
  expect(records.every((r) => r.cells[14] === "Sur place")).toBe(true);
  expect(records.reduce((sum, r) => sum + cents(r.cells[column]), 0)).toBe(total);

  const xlsxHref = await admin.getByRole("link", { name: "Excel (XLSX)" }).getAttribute("href");
  const response = await admin.request.get(xlsxHref!);
  expect(response.headers()["content-type"]).toContain("spreadsheetml");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.body()) as unknown as ExcelJS.Buffer);
  let xlsxTotal = 0;
  workbook.getWorksheet("Ventes")!.eachRow((row, n) => {
    if (n > 1) xlsxTotal += Math.round((row.getCell(column + 1).value as number) * 100);
  });
  expect(xlsxTotal).toBe(total);

  // Nobody else's: a member gets a 404 for the page and the download.
  const member = await newPerson();
  await signInAs(member, "chloe.martin@cabas.test");
  expect((await member.goto(`/admin/${demo.id}/rapports`))?.status()).toBe(404);
  expect((await member.request.get(xlsxHref!)).status()).toBe(404);
});

test("[PRODUCER] the producer's sales report across its markets", async ({ page }) => {
  await signInAs(page, "producteur@cabas.test");
  await page.goto("/producteur");
  await page.getByRole("link", { name: "Rapports" }).click();
  await expect(page.getByRole("heading", { name: "Rapports de ventes" })).toBeVisible();
  expect(cents((await page.locator("[data-report-total]").textContent())!)).toBeGreaterThan(0);
  await expect(page.getByLabel("Marché")).toContainText("Marché VRAC de Bellefontaine");
  await expect(page.getByRole("heading", { name: "Par membre" })).toHaveCount(0);
});

test("[ADMIN] a report being computed says so: the filters' submit is pending until the new report arrives", async ({
  page,
}) => {
  const [demo] = await query<{ id: string }>(`SELECT id FROM "Market" WHERE slug = 'bellefontaine'`);
  await signInAs(page, "admin@cabas.test");
  await page.goto(`/admin/${demo.id}/rapports`);
  await expect(page.getByRole("img", { name: /Ventes TTC par distribution/ })).toBeVisible();

  // The filtered report's answer is held until the form has been looked at, so that what shows while the server
  // computes can be seen, whatever the machine's speed.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/rapports\?/, async (route) => {
    await released;
    await route.continue();
  });
  await page.getByLabel("Paiement", { exact: true }).selectOption({ label: "Sur place" });
  await page.getByRole("button", { name: "Afficher" }).click();
  const search = page.getByRole("search", { name: "Filtres" });
  await expect(search.getByRole("button", { name: "Calcul du rapport…" })).toBeDisabled();
  await expect(search.getByRole("status")).toHaveText("Calcul du rapport…");
  await expect(search).toHaveAttribute("aria-busy", "true");
  release();
  await expect(page).toHaveURL(/paiement=ON_SITE/);
  await expect(search.getByRole("button", { name: "Afficher" })).toBeEnabled();
  await expect(search).toHaveAttribute("aria-busy", "false");
});
