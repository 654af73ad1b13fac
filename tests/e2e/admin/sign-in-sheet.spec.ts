import { readFile } from "node:fs/promises";
import { pdftotext } from "../../support/pdf-text";
import { demoShopperWithOrder, openDemoDistribution } from "../support/demo";
import { expect, signInAs, test } from "../support/fixtures";

test.use({ viewport: { width: 1280, height: 800 } });

test("[ADMIN] the admin chooses the sign-in sheet's columns, prints it and downloads it as a PDF", async ({
  page,
  newPerson,
}) => {
  const distribution = await openDemoDistribution();
  const shopper = await demoShopperWithOrder(
    distribution,
    { firstName: "Anaïs", lastName: "Brossard", phone: "06 98 76 54 32" },
    { basket: "confirmed" },
  );
  const sheet = `/admin/${distribution.marketId}/distributions/${distribution.id}/emargement`;

  await signInAs(page, "admin@cabas.test");
  await page.goto(sheet);
  const row = page.getByRole("row").filter({ hasText: "BROSSARD Anaïs" });
  await expect(row).toContainText("06 98 76 54 32");
  await expect(row).toContainText(String(shopper.basketNumber));

  // No products nor amount, a blank notes column, by slot.
  await page.getByLabel("Produits").uncheck();
  await page.getByLabel("Montant").uncheck();
  await page.getByLabel("Notes (colonne vide)").check();
  await page.getByLabel("Trier par").selectOption({ label: "Créneau" });
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page).toHaveURL(/tri=creneau/);
  await expect(page.getByRole("columnheader")).toHaveText(["N°", "Nom", "Téléphone", "Émargement", "Notes"]);

  // Printed on A4 pages upright (no products), with no blank page after the sheet, the sheet alone: not the
  // choice of columns, nor the buttons.
  const printed = pdftotext(await page.pdf({ preferCSSPageSize: true }));
  const sizes = [...printed("-bbox").matchAll(/<page width="([\d.]+)" height="([\d.]+)">/g)].map(([, w, h]) =>
    [w, h].map((side) => Math.round(Number(side))),
  );
  expect(sizes.length).toBeGreaterThan(0);
  for (const size of sizes) expect(size).toEqual([595, 842]);
  const last = String(sizes.length);
  expect(printed("-f", last, "-l", last).trim()).not.toBe("");
  expect(printed()).toContain("BROSSARD Anaïs");
  expect(printed()).not.toContain("Télécharger en PDF");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Télécharger en PDF" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^emargement-\d{4}-\d{2}-\d{2}\.pdf$/);
  const pdf = await readFile((await file.path())!);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const text = pdftotext(pdf)();
  expect(text).toContain("BROSSARD Anaïs");
  expect(text).toContain("06 98 76 54 32");
  expect(text).toContain("Notes");
  expect(text).not.toContain("Produits");

  // A member of the market gets no sheet, on the page or as a PDF.
  const member = await newPerson();
  await signInAs(member, "client@cabas.test");
  expect((await member.goto(sheet))?.status()).toBe(404);
  expect((await member.request.get(`${sheet}/pdf`)).status()).toBe(404);
});
