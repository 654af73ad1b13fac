import { query } from "../support/db";
import { expect, signInAs, test } from "../support/fixtures";

test.use({ viewport: { width: 375, height: 812 } });

test("[PRODUCER] a farm's phone shows on its public page once published; its e-mail, not published, never does", async ({
  page,
  request,
}) => {
  const [farm] = await query<{ id: string; slug: string; phone: string | null; email: string | null }>(
    `SELECT id, slug, phone, email FROM "Producer" WHERE slug = 'epicerie-vrac-minguettes'`,
  );
  try {
    await signInAs(page, "producteur@cabas.test");
    await page.goto(`/producteur/${farm.id}/profil`);
    await expect(page.getByLabel("Afficher le téléphone sur ma page publique")).not.toBeChecked();
    await page.getByLabel("Téléphone", { exact: true }).fill("06 98 76 54 32");
    await page.getByLabel("E-mail de contact").fill("vrac-prive@exemple.fr");
    await page.getByLabel("Afficher le téléphone sur ma page publique").check();
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByText(/^Profil enregistré/)).toBeVisible();
    // The choices come back as saved.
    await expect(page.getByLabel("Afficher le téléphone sur ma page publique")).toBeChecked();
    await expect(page.getByLabel("Afficher l’e-mail sur ma page publique")).not.toBeChecked();

    await page.goto(`/producteurs/${farm.slug}`);
    const contact = page.getByRole("region", { name: "Contact" });
    await expect(contact.getByRole("link", { name: "06 98 76 54 32" })).toHaveAttribute("href", "tel:0698765432");
    const html = await (await request.get(`/producteurs/${farm.slug}`)).text();
    expect(html).toContain("06 98 76 54 32");
    expect(html).not.toContain("vrac-prive@exemple.fr");
  } finally {
    // The demo producer is left as it was for the other specs.
    await query(`UPDATE "Producer" SET phone = $2, email = $3, "publishPhone" = false WHERE id = $1`, [
      farm.id,
      farm.phone,
      farm.email,
    ]);
  }
});
