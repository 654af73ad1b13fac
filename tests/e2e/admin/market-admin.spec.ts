import { randomUUID } from "node:crypto";
import { query } from "../support/db";
import { expect, signInAs, test } from "../support/fixtures";
import { newMarketAdmin } from "../support/market-admin";
import { signUpThroughForm } from "../support/sign-up";

test.use({ viewport: { width: 1280, height: 800 } });

test("[ADMIN] create a market, plan a distribution with the defaults, link a catalog by its number with the producer's consent", async ({
  page,
  newPerson,
}) => {
  await page.goto("/inscription");
  const email = `orga-${Date.now()}@exemple.fr`;
  await signUpThroughForm(page, {
    firstName: "Claire",
    lastName: "Dupuy",
    email: email,
    password: "marché de captieux",
  });
  await expect(page.getByRole("button", { name: "Déconnexion" })).toBeVisible();

  await page.goto("/admin");
  await page.getByLabel("Nom du marché").fill("La Cagette de Captieux");
  await page.getByLabel("Nom du lieu").fill("Salle des fêtes");
  await page.getByLabel("Adresse", { exact: true }).fill("1 place de la Mairie");
  await page.getByLabel("Code postal").fill("338");
  await page.getByLabel("Commune").fill("Captieux");
  await page.getByRole("button", { name: "Créer le marché" }).click();
  await expect(page.getByText("Indiquez un code postal à 5 chiffres.")).toBeVisible();
  await expect(page.getByLabel("Nom du marché")).toHaveValue("La Cagette de Captieux");
  await page.getByLabel("Code postal").fill("33840");
  await page.getByRole("button", { name: "Créer le marché" }).click();
  await expect(page.getByRole("heading", { name: "Paramètres du marché" })).toBeVisible();
  const marketId = page.url().split("/admin/")[1].split("/")[0];

  await page.getByLabel("Les membres doivent fournir un numéro de téléphone").check();
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Paramètres enregistrés.")).toBeVisible();
  expect(
    (await query<{ requirePhone: boolean }>(`SELECT "requirePhone" FROM "Market" WHERE id = $1`, [marketId]))[0]
      .requirePhone,
  ).toBe(true);
  // The market's contact, published on its page: a wrong address is said next to its field, the rest kept.
  await page.getByLabel("Nom du coordinateur ou de la coordinatrice").fill("Claire Dupuy");
  await page.getByLabel("E-mail de contact").fill("claire@");
  await page.getByLabel("Téléphone de contact").fill("06 12 34 56 78");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Cette adresse e-mail n’est pas valide.")).toBeVisible();
  await expect(page.getByLabel("Nom du coordinateur ou de la coordinatrice")).toHaveValue("Claire Dupuy");
  await page.getByLabel("E-mail de contact").fill("claire@cagette-captieux.fr");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Paramètres enregistrés.")).toBeVisible();
  await page.goto("/m/la-cagette-de-captieux");
  const contact = page.getByRole("region", { name: "Contact" });
  await expect(contact).toContainText("Claire Dupuy");
  await expect(contact.getByRole("link", { name: "claire@cagette-captieux.fr" })).toHaveAttribute(
    "href",
    "mailto:claire@cagette-captieux.fr",
  );
  await expect(contact.getByRole("link", { name: "06 12 34 56 78" })).toHaveAttribute("href", "tel:0612345678");
  await page.goto(`/admin/${marketId}/parametres`);

  await page.getByRole("link", { name: "Distributions" }).click();
  await page.getByRole("button", { name: "Planifier", exact: true }).click();
  await expect(page.getByText("Distribution planifiée.", { exact: true })).toBeVisible();
  await expect(page.locator("[data-distribution]")).toHaveCount(1);
  await expect(page.locator("[data-distribution]")).toContainText("19:00–20:00");
  // No producer in it yet: the admin is told, and its members are not mailed that orders are open.
  await expect(page.locator("[data-distribution]").getByRole("note")).toContainText(
    "Aucun catalogue n’a encore accepté cette vente",
  );
  await page.getByRole("button", { name: "Planifier", exact: true }).click();
  await expect(page.getByText("Ce lieu a déjà une distribution ce jour-là.")).toBeVisible();
  await page.locator("[data-distribution]").getByRole("link", { name: "Modifier" }).click();
  await expect(page.getByRole("heading", { name: "Modifier la distribution" })).toBeVisible();
  await page.getByLabel("Fin du retrait").fill("20:30");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Distribution modifiée.")).toBeVisible();
  await page.getByRole("link", { name: "Distributions" }).click();
  await expect(page.locator("[data-distribution]")).toContainText("19:00–20:30");

  const [catalog] = await query<{ number: number }>(
    `SELECT c.number FROM "Catalog" c JOIN "Producer" p ON p.id = c."producerId" WHERE p.slug = 'epicerie-vrac-minguettes'`,
  );
  // « Catalogues participants » of the distribution's row is another link.
  await page.getByRole("link", { name: "Catalogues", exact: true }).click();
  await page.getByLabel("Lien ou numéro du catalogue").fill("99999");
  await page.getByRole("button", { name: "Chercher et relier" }).click();
  await expect(page.getByText("Aucun catalogue ne porte ce numéro.")).toBeVisible();
  // The number alone only asks the producer, who accepts from their space.
  await page.getByLabel("Lien ou numéro du catalogue").fill(`http://127.0.0.1/catalogues/${catalog.number}`);
  await page.getByRole("button", { name: "Chercher et relier" }).click();
  await expect(page.getByText(/Demande envoyée à Épicerie vrac des Minguettes/)).toBeVisible();
  await page.reload();
  await expect(page.locator("[data-pending-requests]")).toContainText("Épicerie et entretien en vrac");
  const producer = await newPerson();
  await signInAs(producer, "producteur@cabas.test");
  await producer.goto("/producteur");
  const request = producer.locator('[data-link-request="La Cagette de Captieux"]');
  await expect(request).toContainText("« La Cagette de Captieux » demande à relier « Épicerie et entretien en vrac »");
  await expect(request).toContainText("par Claire Dupuy");
  await request.getByRole("button", { name: "Accepter" }).click();
  await expect(producer.getByText("Demande acceptée : le catalogue est relié au marché.")).toBeVisible();
  await expect(request).toHaveCount(0);
  await expect(producer.locator("[data-catalog]").first()).toContainText("La Cagette de Captieux");
  await page.reload();
  await expect(page.locator("[data-pending-requests]")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Catalogues reliés" }).locator("..")).toContainText(
    "Épicerie et entretien en vrac",
  );

  await page.getByRole("link", { name: "Distributions" }).click();
  await page.getByRole("button", { name: "Inviter sur cette vente" }).click();
  await expect(page.getByText("1 catalogue invité.")).toBeVisible();
  const [invite] = await query<{ subject: string }>(
    `SELECT subject FROM "EmailOutbox" WHERE template = 'participation-invite' AND "toEmail" = 'producteur@cabas.test' AND subject LIKE 'La Cagette de Captieux%'`,
  );
  expect(invite.subject).toContain("vous invite à la vente");
  await producer.goto("/producteur/ventes");
  const sale = producer.locator("[data-sale]").filter({ hasText: "La Cagette de Captieux" });
  await sale.getByRole("button", { name: "Participer" }).click();
  await expect(producer.getByText("Participation confirmée.")).toBeVisible();
  await expect(sale.getByRole("button", { name: "Participer" })).toHaveCount(0);
  await page.reload();
  await expect(page.locator("[data-distribution]")).toContainText("1 catalogue participant sur 1");
  await expect(page.locator("[data-distribution]").getByRole("note")).toHaveCount(0);

  // The demo market's admin pages are not this admin's.
  const [demo] = await query<{ id: string }>(`SELECT id FROM "Market" WHERE slug = 'bellefontaine'`);
  expect((await page.goto(`/admin/${demo.id}`))?.status()).toBe(404);
  expect((await page.goto(`/admin/${demo.id}/distributions`))?.status()).toBe(404);
});

test("[ADMIN] distribution day: adjust a paid basket, see the refund, record a cheque, validate the distribution", async ({
  page,
}) => {
  const [past] = await query<{ id: string; marketId: string }>(
    `SELECT d.id, d."marketId" FROM "Distribution" d JOIN "Market" m ON m.id = d."marketId" WHERE m.slug = 'bellefontaine' AND d."pickupEndAt" < now() AND d."validatedAt" IS NULL LIMIT 1`,
  );
  // Louis Perrin's basket was paid online beforehand: 2 kg rice, 12 eggs, 2 baguettes = 14,40 €.
  const [louis] = await query<{ orderId: string; userId: string }>(
    `SELECT o.id AS "orderId", o."userId" FROM "Order" o JOIN "User" u ON u.id = o."userId" WHERE u.email = 'louis.perrin@cabas.test' AND o."distributionId" = $1`,
    [past.id],
  );
  await query(`UPDATE "Order" SET "paymentMethod" = 'CARD' WHERE id = $1`, [louis.orderId]);
  await query(
    `INSERT INTO "Payment" (id, "marketId", "userId", "orderId", method, status, "amountCents", "settledAt") VALUES ('e2e-pay-louis', $1, $2, $3, 'CARD', 'SUCCEEDED', 1440, now())`,
    [past.marketId, louis.userId, louis.orderId],
  );
  await query(
    `INSERT INTO "LedgerTransaction" (id, "marketId", kind, method, "orderId", "paymentId") VALUES ('e2e-tx-louis', $1, 'PAYMENT', 'CARD', $2, 'e2e-pay-louis')`,
    [past.marketId, louis.orderId],
  );
  await query(
    `INSERT INTO "LedgerEntry" (id, "transactionId", account, "marketId", "userId", "amountCents", "orderId") VALUES
      ('e2e-led-louis', 'e2e-tx-louis', 'SHOPPER', $1, $2, 1440, $3),
      ('e2e-led-stripe', 'e2e-tx-louis', 'PLATFORM_STRIPE', $1, NULL, -1440, $3)`,
    [past.marketId, louis.userId, louis.orderId],
  );

  await signInAs(page, "admin@cabas.test");
  await page.goto(`/admin/${past.marketId}`);
  await page.getByRole("link", { name: "Distributions" }).click();
  await page.locator(`[data-distribution="${past.id}"]`).getByRole("link", { name: "Valider la distribution" }).click();
  await expect(page.getByRole("heading", { name: "Valider la distribution" })).toBeVisible();
  const names = await page.locator("details[data-basket] > summary").allInnerTexts();
  expect(names.map((n) => n.split(" ")[0])).toEqual(["BENALI", "PERRIN", "VARDA"]);

  const perrin = page.locator("details[data-basket]").filter({ hasText: "PERRIN Louis" });
  await perrin.locator(":scope > summary").click();
  await perrin.getByLabel("Livré : Œufs plein air (12)").fill("0");
  await perrin.getByRole("button", { name: "Mettre à jour" }).click();
  await expect(perrin.getByText(/Nouveau total : 9,00\s€\. À rembourser : 5,40\s€\./)).toBeVisible();
  await expect(perrin.getByText(/À rembourser : 5,40\s€/).last()).toBeVisible();

  const varda = page.locator("details[data-basket]").filter({ hasText: "VARDA Sarah" });
  await varda.locator(":scope > summary").click();
  await varda.getByRole("button", { name: "Valider le panier" }).click();
  await expect(varda.getByText("Indiquez comment le client a payé sur place.")).toBeVisible();
  await varda.getByLabel("Paiement sur place reçu en").selectOption({ label: "Chèque" });
  await varda.getByRole("button", { name: "Valider le panier" }).click();
  await expect(varda.locator(":scope > summary")).toContainText("Validé");
  const [cheque] = await query<{ amountCents: number }>(
    `SELECT p."amountCents" FROM "Payment" p JOIN "User" u ON u.id = p."userId" WHERE u.email = 'client@cabas.test' AND p."onSiteMethod" = 'CHEQUE'`,
  );
  expect(cheque.amountCents).toBe(1537); // 0,5 kg almonds 7,43 + 1 kg lentils 3,74 + country bread 4,20

  // Amina Benali has not paid: her basket is left as a debt on her balance.
  await page.getByLabel(/BENALI Amina — reste dû/).selectOption({ label: "Laisser en dette sur son solde" });
  await page.getByRole("button", { name: "Valider la distribution" }).click();
  // It asks first, saying how many baskets it validates: Benali's and Perrin's, Varda's being done.
  const confirm = page.getByRole("alertdialog", {
    name: "Valider la distribution et les 2 paniers qui restent à valider ?",
  });
  await confirm.getByRole("button", { name: "Annuler" }).click();
  await expect(page.getByText("Cette distribution est validée.")).toHaveCount(0);
  await page.getByRole("button", { name: "Valider la distribution" }).click();
  await confirm.getByRole("button", { name: "Valider la distribution" }).click();
  await expect(page.getByText("Cette distribution est validée.")).toBeVisible();
  // A validated basket shows its state and its lines, not a pending basket's « Mettre à jour »: a correction
  // is a step of its own, confirmed.
  await expect(perrin.locator(":scope > summary")).toContainText("Validé");
  await expect(perrin.getByRole("button", { name: "Mettre à jour" })).toHaveCount(0);
  await expect(perrin.getByRole("button", { name: "Valider le panier" })).toHaveCount(0);
  await perrin.getByText("Corriger ce panier validé").click();
  await perrin.getByRole("button", { name: "Enregistrer la correction" }).click();
  await expect(page.getByRole("alertdialog", { name: "Corriger un panier déjà validé ?" })).toBeVisible();
  await page.keyboard.press("Escape");

  await page.goto(`/admin/${past.marketId}/distributions/${past.id}/commandes`);
  await expect(page.getByRole("heading", { name: "Par producteur" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Épicerie vrac des Minguettes" }).last()).toContainText("€");
  const csv = await page.request.get(`/api/exports/orders/${past.marketId}/${past.id}`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text).toContain("Varda;Sarah");
  expect(text).toContain("Amandes avec peau;0,5;14,85;7,43");
  const [validated] = await query<{ validatedAt: Date | null }>(
    `SELECT "validatedAt" FROM "Distribution" WHERE id = $1`,
    [past.id],
  );
  expect(validated.validatedAt).not.toBeNull();
  expect(
    await query(`SELECT 1 FROM "Order" WHERE "distributionId" = $1 AND "validatedAt" IS NOT NULL`, [past.id]),
  ).toHaveLength(3);
});

test("[ADMIN] a member without rights sees no admin page, but the offer to create a market", async ({ page }) => {
  const [demo] = await query<{ id: string }>(`SELECT id FROM "Market" WHERE slug = 'bellefontaine'`);
  await signInAs(page, "client@cabas.test");
  for (const path of ["", "/distributions", "/catalogues", "/membres", "/parametres"]) {
    expect((await page.goto(`/admin/${demo.id}${path}`))?.status(), path).toBe(404);
  }
  await page.getByRole("link", { name: "Créer un marché" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "Créer un marché" })).toBeVisible();
});

test("[PRODUCER] a shopper opening the producer space is offered a producer account, never an empty space", async ({
  page,
}) => {
  const [producer] = await query<{ id: string }>(`SELECT id FROM "Producer" WHERE slug = 'epicerie-vrac-minguettes'`);
  await signInAs(page, "client@cabas.test");
  for (const path of ["/producteur/ventes", "/producteur/messages", "/producteur/versements"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/producteur$/);
    await expect(page.getByRole("heading", { name: "Ouvrir mon espace producteur" })).toBeVisible();
  }
  expect((await page.goto(`/producteur/${producer.id}`))?.status()).toBe(404);
  await page.getByRole("link", { name: "Créer mon compte producteur" }).click();
  await expect(page.getByRole("heading", { name: "Ouvrir mon espace producteur" })).toBeVisible();
});

test("[ADMIN] invite a member by e-mail; they sign up through the link and appear in the members list", async ({
  newPerson,
}) => {
  const [demo] = await query<{ id: string }>(`SELECT id FROM "Market" WHERE slug = 'bellefontaine'`);
  const admin = await newPerson();
  await signInAs(admin, "admin@cabas.test");
  await admin.goto(`/admin/${demo.id}/membres`);
  const email = `invitee-${Date.now()}@exemple.fr`;
  await admin.getByLabel("E-mail de la personne à inviter").fill("pas-un-email");
  await admin.getByRole("button", { name: "Envoyer l’invitation" }).click();
  await expect(admin.getByText("Cette adresse e-mail n’est pas valide.")).toBeVisible();
  await admin.getByLabel("E-mail de la personne à inviter").fill(email);
  await admin.getByRole("button", { name: "Envoyer l’invitation" }).click();
  await expect(admin.getByText("Invitation envoyée.")).toBeVisible();
  const [mail] = await query<{ text: string; fromName: string }>(
    `SELECT text, "fromName" FROM "EmailOutbox" WHERE "toEmail" = $1`,
    [email],
  );
  expect(mail.fromName).toBe("Marché VRAC de Bellefontaine");
  const link = /(http:\/\/\S+\/invitation\/[\w-]+)/.exec(mail.text)![1];

  const invitee = await newPerson();
  await invitee.goto(link);
  await invitee.getByRole("link", { name: "Créer mon compte pour rejoindre" }).click();
  await signUpThroughForm(invitee, {
    firstName: "Inès",
    lastName: "Garcia",
    email: email,
    password: "je rejoins le marché",
  });
  await invitee.getByRole("button", { name: "Rejoindre le marché" }).click();
  await expect(invitee).toHaveURL(/\/m\/bellefontaine$/);
  await expect(invitee.getByText("Vous êtes membre de ce marché.")).toBeVisible();

  await admin.reload();
  const row = admin.locator(`[data-member="${email}"]`);
  await expect(row).toContainText("GARCIA Inès");
  await row.getByLabel("catalogues").check();
  await row.getByRole("button", { name: "Enregistrer les droits" }).click();
  await expect(row.getByText("Droits enregistrés.")).toBeVisible();
  const [rights] = await query<{ canManageCatalogs: boolean }>(
    `SELECT m."canManageCatalogs" FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $1`,
    [email],
  );
  expect(rights.canManageCatalogs).toBe(true);

  // Looking after catalogs, Inès sees the sales but is offered none of the admins' actions on them.
  await invitee.goto(`/admin/${demo.id}/distributions`);
  await expect(invitee.locator("[data-distribution]").first()).toBeVisible();
  for (const name of ["Modifier", "Supprimer", "Catalogues participants", "Inviter sur cette vente"]) {
    await expect(invitee.getByRole("link", { name }).or(invitee.getByRole("button", { name }))).toHaveCount(0);
  }
  await expect(invitee.getByRole("heading", { name: "Distribution ponctuelle" })).toHaveCount(0);
  // Her menu holds only the sections she can open: the money, the reports, the duties, the market's settings,
  // members and messages are the admins' or other co-admins'.
  const menu = (person: typeof admin) => person.getByRole("navigation", { name: "Administration", exact: true });
  await expect(menu(invitee).getByRole("link")).toHaveText(["Accueil", "Distributions", "Lieux", "Catalogues"]);
  await expect(menu(invitee).getByRole("link", { name: "Distributions" })).toHaveAttribute("aria-current", "page");
  for (const section of ["/rapports", "/parametres"]) {
    await invitee.goto(`/admin/${demo.id}${section}`);
    await expect(invitee.getByRole("heading", { name: /introuvable/i }), section).toBeVisible();
  }
  await admin.goto(`/admin/${demo.id}/distributions`);
  await expect(admin.getByRole("link", { name: "Catalogues participants" }).first()).toBeVisible();
  await expect(menu(admin).getByRole("link", { name: "Rapports" })).toBeVisible();
  await expect(menu(admin).getByRole("link", { name: "Versements" })).toBeVisible();
});

test("[ADMIN] on a 375 px phone the admin menu is one row, scrolled sideways to the current section", async ({
  newPerson,
}) => {
  const [demo] = await query<{ id: string }>(`SELECT id FROM "Market" WHERE slug = 'bellefontaine'`);
  const admin = await newPerson();
  await admin.setViewportSize({ width: 375, height: 740 });
  await signInAs(admin, "admin@cabas.test");
  await admin.goto(`/admin/${demo.id}/rapports`);
  const menu = admin.getByRole("navigation", { name: "Administration", exact: true });
  const tabs = menu.getByRole("link");
  await expect(tabs).toHaveCount(11);
  const tops = await tabs.evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
  const current = menu.getByRole("link", { name: "Rapports" });
  await expect(current).toHaveAttribute("aria-current", "page");
  await expect(current).toBeInViewport({ ratio: 1 });
  expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test("[ADMIN] removing a member asks first: cancelling keeps them, confirming removes them", async ({ page }) => {
  const [demo] = await query<{ id: string }>(`SELECT id FROM "Market" WHERE slug = 'bellefontaine'`);
  const email = `lucie-${randomUUID().slice(0, 6)}@exemple.fr`;
  const userId = `e2e-user-${randomUUID()}`;
  await query(
    `INSERT INTO "User" (id, email, "passwordHash", "firstName", "lastName", "emailVerifiedAt", "updatedAt") VALUES ($1, $2, 'unused', 'Lucie', 'Fabre', now(), now())`,
    [userId, email],
  );
  await query(`INSERT INTO "Membership" (id, "marketId", "userId") VALUES ($1, $2, $3)`, [
    `e2e-m-${randomUUID()}`,
    demo.id,
    userId,
  ]);
  const leftAt = async () =>
    (await query<{ leftAt: Date | null }>(`SELECT "leftAt" FROM "Membership" WHERE "userId" = $1`, [userId]))[0].leftAt;

  await signInAs(page, "admin@cabas.test");
  await page.goto(`/admin/${demo.id}/membres`);
  const row = page.locator(`[data-member="${email}"]`);
  const dialog = page.getByRole("alertdialog", { name: "Retirer Lucie Fabre du marché ?" });
  await row.getByRole("button", { name: "Retirer" }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Ses commandes et ses paiements restent enregistrés.");
  await expect(dialog.getByRole("button", { name: "Annuler" })).toBeFocused();
  await dialog.getByRole("button", { name: "Annuler" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(row.getByRole("button", { name: "Retirer" })).toBeFocused();
  await expect(row).toContainText("FABRE Lucie");
  expect(await leftAt()).toBeNull();

  await row.getByRole("button", { name: "Retirer" }).click();
  await dialog.getByRole("button", { name: "Retirer" }).click();
  await expect(page.getByText("Membre retiré.")).toBeVisible();
  await expect(row).toHaveCount(0);
  expect(await leftAt()).not.toBeNull();
});

test("[ADMIN] messages: to every member, and to a producer who answers from its inbox", async ({ newPerson }) => {
  const [demo] = await query<{ id: string }>(`SELECT id FROM "Market" WHERE slug = 'bellefontaine'`);
  const admin = await newPerson();
  await signInAs(admin, "admin@cabas.test");
  await admin.goto(`/admin/${demo.id}/messagerie`);
  await admin.getByLabel("Destinataires").selectOption({ label: "Tous les membres" });
  await admin.getByLabel("Objet").fill("Distribution de samedi");
  await admin.getByRole("button", { name: "Envoyer" }).click();
  await admin.getByRole("alertdialog").getByRole("button", { name: "Envoyer" }).click();
  await expect(admin.getByText("Écrivez votre message.")).toBeVisible();
  await expect(admin.getByLabel("Objet")).toHaveValue("Distribution de samedi");
  await admin
    .getByRole("textbox", { name: /^Message/ })
    .fill("Bonjour à tous,\n\nN’oubliez pas vos bocaux <script>alert(1)</script> !");
  await admin.getByRole("button", { name: "Envoyer" }).click();
  // The confirmation counts the list's people as the sending does.
  const confirmation = admin.getByRole("alertdialog", { name: "Envoyer ce message ?" });
  await expect(confirmation).toContainText(/Il partira à : Tous les membres \(\d+ destinataires\)\./);
  const counted = /Il partira à : Tous les membres \((\d+) destinataires\)\./.exec(await confirmation.innerText());
  expect(counted).not.toBeNull();
  await confirmation.getByRole("button", { name: "Envoyer" }).click();
  await expect(admin.getByText(`Message envoyé à ${counted![1]} destinataires.`)).toBeVisible();
  // One outbox row per recipient naming the message, rendered for them when it is sent.
  const [sent] = await query<{ bodyHtml: string; fromName: string; html: string | null }>(
    `SELECT m."bodyHtml", o."fromName", o.html FROM "EmailOutbox" o JOIN "Message" m ON m.id = o."messageId" WHERE o."toEmail" = 'client@cabas.test' AND o.subject = 'Distribution de samedi'`,
  );
  expect(sent.fromName).toBe("Marché VRAC de Bellefontaine");
  expect(sent.html).toBeNull();
  expect(sent.bodyHtml).toContain("N’oubliez pas vos bocaux");
  expect(sent.bodyHtml).not.toContain("<script>");

  await admin.goto(`/admin/${demo.id}/catalogues`);
  await admin
    .getByRole("listitem")
    .filter({ hasText: "Épicerie vrac des Minguettes" })
    .getByRole("link", { name: "Envoyer un message" })
    .click();
  await expect(admin.getByRole("heading", { name: "Message à Épicerie vrac des Minguettes" })).toBeVisible();
  await admin.getByLabel("Objet").fill("Pois chiches");
  await admin.getByRole("textbox", { name: /^Message/ }).fill("Pourriez-vous prévoir plus de pois chiches ?");
  await admin.getByRole("button", { name: "Envoyer" }).click();
  await expect(admin.getByRole("alertdialog")).toContainText("Il partira à : Épicerie vrac des Minguettes.");
  await admin.getByRole("alertdialog").getByRole("button", { name: "Envoyer" }).click();
  await expect(admin.getByText("Message envoyé à 1 destinataire.")).toBeVisible();

  const producer = await newPerson({ viewport: { width: 375, height: 812 } });
  await signInAs(producer, "producteur@cabas.test");
  await producer.goto("/producteur/messages");
  await expect(
    producer.getByRole("link", { name: /Nouveau message de Marché VRAC de Bellefontaine : Pois chiches/ }),
  ).toBeVisible();
  const message = producer.locator('[data-message="Pois chiches"]');
  await expect(message).toContainText("nouveau");
  await message.getByText("Répondre").first().click();
  await message.getByLabel("Votre réponse").fill("Oui, 10 kg de plus.");
  await message.getByRole("button", { name: "Répondre" }).click();
  await expect(message.getByText("Réponse envoyée.")).toBeVisible();
  const [reply] = await query<{ bodyHtml: string }>(
    `SELECT m."bodyHtml" FROM "EmailOutbox" o JOIN "Message" m ON m.id = o."messageId" WHERE o."toEmail" = 'admin@cabas.test' AND o.subject = 'Re: Pois chiches'`,
  );
  expect(reply.bodyHtml).toContain("Oui, 10 kg de plus.");
});

test("[ADMIN] import members from CSV: preview with per-row errors, then all at once", async ({ page }) => {
  const [demo] = await query<{ id: string }>(`SELECT id FROM "Market" WHERE slug = 'bellefontaine'`);
  await signInAs(page, "admin@cabas.test");
  await page.goto(`/admin/${demo.id}/membres`);
  const stamp = Date.now();
  const field = page.getByLabel("Une ligne par personne : prénom;nom;e-mail");
  await field.fill(`Marc;Petit;marc-${stamp}@exemple.fr\nLéa;;lea-${stamp}@exemple.fr`);
  await page.getByRole("button", { name: "Prévisualiser" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Ligne 2" })).toContainText("Prénom ou nom manquant.");
  await expect(page.getByRole("button", { name: "Inviter toutes ces personnes" })).toHaveCount(0);
  await expect(field).toHaveValue(new RegExp(`lea-${stamp}`));
  await field.fill(`Marc;Petit;marc-${stamp}@exemple.fr\nLéa;Roussel;lea-${stamp}@exemple.fr`);
  await page.getByRole("button", { name: "Prévisualiser" }).click();
  await page.getByRole("button", { name: "Inviter toutes ces personnes" }).click();
  await expect(
    page.getByText("2 invitations envoyées. Chacun devient membre en acceptant l’invitation."),
  ).toBeVisible();
  expect(
    await query(`SELECT 1 FROM "MemberInvitation" WHERE email IN ($1, $2)`, [
      `marc-${stamp}@exemple.fr`,
      `lea-${stamp}@exemple.fr`,
    ]),
  ).toHaveLength(2);
});

test("[ADMIN] planning a cycle asks first, counting the distributions it will create", async ({ page }) => {
  const marketId = await newMarketAdmin(page, `Marché des cycles ${Date.now()}`);
  await page.goto(`/admin/${marketId}/distributions`);
  const cycle = page.getByRole("region", { name: "Cycle de distributions" });
  await cycle.getByLabel("Fréquence").selectOption({ label: "Chaque semaine" });
  await cycle.getByLabel("Première distribution").fill("2027-03-02");
  await cycle.getByLabel("Jusqu’au").fill("2027-03-23");
  await cycle.getByRole("button", { name: "Planifier le cycle" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Planifier ce cycle ?" });
  await expect(dialog).toContainText("4 distributions seront créées");
  // Cancelling plans nothing; a fortnightly cycle over the same weeks counts 2.
  await dialog.getByRole("button", { name: "Annuler" }).click();
  await expect(dialog).toBeHidden();
  await cycle.getByLabel("Fréquence").selectOption({ label: "Toutes les 2 semaines" });
  await cycle.getByRole("button", { name: "Planifier le cycle" }).click();
  await expect(dialog).toContainText("2 distributions seront créées");
  await dialog.getByRole("button", { name: "Planifier le cycle" }).click();
  await expect(cycle.getByText("2 distributions planifiées.")).toBeVisible();
  expect(await query(`SELECT count(*)::int AS n FROM "Distribution" WHERE "marketId" = $1`, [marketId])).toEqual([
    { n: 2 },
  ]);
});
