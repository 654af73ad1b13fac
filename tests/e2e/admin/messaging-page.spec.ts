import AxeBuilder from "@axe-core/playwright";
import { query } from "../support/db";
import { expect, signInAs, test } from "../support/fixtures";

test.use({ viewport: { width: 1280, height: 800 } });

const OTHER = "e2e-marche-voisin";

// The demo admin also runs a second market, which sent a message last week.
test.beforeAll(async () => {
  await query(
    `WITH m AS (
       INSERT INTO "Market" (id, slug, name, "updatedAt") VALUES (gen_random_uuid()::text, $1, 'Marché voisin', now())
       RETURNING id
     ), admin AS (SELECT id FROM "User" WHERE email = 'admin@cabas.test'),
     joined AS (
       INSERT INTO "Membership" (id, "marketId", "userId", "isAdmin") SELECT gen_random_uuid()::text, m.id, admin.id, true FROM m, admin
     )
     INSERT INTO "Message" (id, "marketId", "senderUserId", audience, subject, "bodyHtml", "createdAt")
     SELECT gen_random_uuid()::text, m.id, admin.id, 'ALL_MEMBERS', 'Fête des vendanges', '<p>Venez <strong>nombreux</strong> samedi.</p>', now() - interval '7 days'
     FROM m, admin`,
    [OTHER],
  );
});

test.afterAll(async () => {
  await query(`DELETE FROM "Market" WHERE slug = $1`, [OTHER]);
  await query(`UPDATE "Market" SET "closingReminderHours" = 24 WHERE slug = 'bellefontaine'`);
});

test("[ADMIN] messaging page: a message of another market reused, the automatic e-mails listed, the closing reminder moved to 48 h", async ({
  newPerson,
}) => {
  const [demo] = await query<{ id: string }>(`SELECT id FROM "Market" WHERE slug = 'bellefontaine'`);
  const admin = await newPerson();
  await signInAs(admin, "admin@cabas.test");
  await admin.goto(`/admin/${demo.id}/messagerie`);

  const others = admin.getByRole("region", { name: "Messages de vos autres marchés" });
  await expect(others.getByText("Marché voisin")).toBeVisible();
  await others.getByRole("link", { name: "Réutiliser" }).click();
  await expect(admin).toHaveURL(/reutiliser=/);
  await expect(admin.getByLabel("Objet")).toHaveValue("Fête des vendanges");
  // Sending asks first, naming the list chosen; going back keeps the message unsent.
  await admin.getByLabel("Destinataires").selectOption({ label: "Administrateurs" });
  await admin.getByRole("button", { name: "Envoyer" }).click();
  const confirm = admin.getByRole("alertdialog", { name: "Envoyer ce message ?" });
  await expect(confirm).toContainText(/Il partira à : Administrateurs \(\d+ destinataires?\)\./);
  await confirm.getByRole("button", { name: "Revenir au message" }).click();
  await expect(confirm).toBeHidden();
  await expect(admin.getByLabel("Objet")).toHaveValue("Fête des vendanges");
  expect(
    await query(`SELECT id FROM "Message" WHERE "marketId" = $1 AND subject = 'Fête des vendanges'`, [demo.id]),
  ).toEqual([]);

  const automatic = admin.getByRole("region", { name: "E-mails automatiques" });
  await expect(automatic.getByText(/La commande ferme bientôt : 24 heures avant la fermeture/)).toBeVisible();
  await expect(automatic.getByText(/Ouverture des commandes/)).toBeVisible();
  const results = await new AxeBuilder({ page: admin })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  await automatic.getByLabel("Prévenir les membres que la commande ferme").selectOption("48");
  await automatic.getByRole("button", { name: "Enregistrer" }).click();
  await expect(automatic.getByText("Rappel enregistré.")).toBeVisible();
  await admin.reload();
  await expect(automatic.getByText(/La commande ferme bientôt : 48 heures avant la fermeture/)).toBeVisible();
  await expect(automatic.getByLabel("Prévenir les membres que la commande ferme")).toHaveValue("48");
  expect(await query(`SELECT "closingReminderHours" FROM "Market" WHERE id = $1`, [demo.id])).toEqual([
    { closingReminderHours: 48 },
  ]);

  // A message of a market the admin does not run is not lent: the page says it does not exist.
  const [foreign] = await query<{ id: string }>(
    `INSERT INTO "Message" (id, "marketId", "senderUserId", audience, subject, "bodyHtml")
     SELECT gen_random_uuid()::text, m.id, u.id, 'ALL_MEMBERS', 'Privé', '<p>x</p>'
     FROM "Market" m, "User" u WHERE m.slug = $1 AND u.email = 'chloe.martin@cabas.test' RETURNING id`,
    [OTHER],
  );
  await query(`DELETE FROM "Membership" WHERE "marketId" = (SELECT id FROM "Market" WHERE slug = $1)`, [OTHER]);
  const response = await admin.goto(`/admin/${demo.id}/messagerie?reutiliser=${foreign.id}`);
  expect(response?.status()).toBe(404);
});
