import { query } from "../support/db";
import { expect, signInAs, test } from "../support/fixtures";
import { newMarketAdmin } from "../support/market-admin";
import { captureSmtp, deliverEmails } from "../support/smtp-capture";

test.use({ viewport: { width: 1280, height: 800 } });

const VRAC = "Épicerie et entretien en vrac"; // producteur@cabas.test's catalog
const delivered = captureSmtp();

test("[ADMIN] a member and a producer answer in the app: both replies wait unread in the market's inbox and are e-mailed to its admins", async ({
  newPerson,
}) => {
  const [demo] = await query<{ id: string }>(`SELECT id FROM "Market" WHERE slug = 'bellefontaine'`);
  const stamp = Date.now();
  // ASCII subjects: read as they are from the raw headers.
  const toMembers = `Paniers de Noel ${stamp}`;
  const toProducers = `Livraisons de Noel ${stamp}`;
  const admin = await newPerson();
  await signInAs(admin, "admin@cabas.test");
  for (const [audience, subject] of [
    ["Tous les membres", toMembers],
    ["Tous les producteurs", toProducers],
  ]) {
    await admin.goto(`/admin/${demo.id}/messagerie`);
    await admin.getByLabel("Destinataires").selectOption({ label: audience });
    await admin.getByLabel("Objet").fill(subject);
    await admin.getByRole("textbox", { name: /^Message/ }).fill("Qui sera la le 23 ?");
    await admin.getByRole("button", { name: "Envoyer" }).click();
    await admin.getByRole("alertdialog").getByRole("button", { name: "Envoyer" }).click();
    await expect(admin.getByText(/Message envoyé à \d+ destinataires?\./)).toBeVisible();
  }

  // The member answers from « Mon compte ».
  const member = await newPerson();
  await signInAs(member, "client@cabas.test");
  await member.goto("/compte");
  await member.getByRole("link", { name: "Lire les messages de vos marchés" }).click();
  const received = member.locator(`[data-message="${toMembers}"]`);
  await expect(received).toContainText("nouveau");
  await received.getByText("Répondre").first().click();
  await received.getByLabel("Votre réponse").fill("Deux paniers pour nous, merci !");
  await received.getByRole("button", { name: "Répondre" }).click();
  await expect(received.getByText("Réponse envoyée.")).toBeVisible();

  // The producer answers from its messages.
  const producer = await newPerson();
  await signInAs(producer, "producteur@cabas.test");
  await producer.goto("/producteur/messages");
  const toFarm = producer.locator(`[data-message="${toProducers}"]`);
  await toFarm.getByText("Répondre").first().click();
  await toFarm.getByLabel("Votre réponse").fill("Nous livrerons le 23 au matin.");
  await toFarm.getByRole("button", { name: "Répondre" }).click();
  await expect(toFarm.getByText("Réponse envoyée.")).toBeVisible();

  // Both wait in the admin's inbox, unread, each with who wrote.
  await admin.goto(`/admin/${demo.id}`);
  await admin.getByRole("link", { name: /^Messages reçus/ }).click();
  const memberThread = admin.getByRole("listitem").filter({ hasText: toMembers });
  const producerThread = admin.getByRole("listitem").filter({ hasText: toProducers });
  await expect(memberThread).toContainText("Sarah Varda · Membre");
  await expect(memberThread).toContainText("1 non lu");
  await expect(producerThread).toContainText("Épicerie vrac des Minguettes · Producteur");
  await expect(producerThread).toContainText("1 non lu");

  // Each reply is e-mailed to the admin, linking its thread, answerable to whoever wrote.
  await deliverEmails(admin.request);
  for (const [subject, text, from] of [
    [toMembers, "Deux paniers pour nous", "client@cabas.test"],
    [toProducers, "Nous livrerons le 23 au matin.", "producteur@cabas.test"],
  ]) {
    const notice = delivered.find((m) => m.to === "admin@cabas.test" && m.subject === `Re: ${subject}`);
    expect(notice, `the notice of the reply to « ${subject} »`).toBeDefined();
    expect(notice!.body).toContain(text);
    expect(notice!.body).toContain(`/admin/${demo.id}/messagerie/recus/`);
    expect(notice!.headers).toMatch(new RegExp(`^Reply-To: ${from.replace(".", "\\.")}$`, "m"));
  }

  // Opening the thread reads it; the answer goes to the member alone.
  await memberThread.getByRole("link", { name: toMembers }).click();
  await expect(admin.getByText("Deux paniers pour nous, merci !")).toBeVisible();
  await admin.getByLabel("Votre réponse").fill("C'est noté, à samedi.");
  await admin.getByRole("button", { name: "Répondre" }).click();
  await expect(admin.getByText("C'est noté, à samedi.")).toBeVisible();
  const recipients = await query<{ email: string }>(
    `SELECT u.email FROM "Message" m JOIN "MessageRecipient" r ON r."messageId" = m.id JOIN "User" u ON u.id = r."userId"
     WHERE m.audience = 'MEMBER' AND m.subject = $1`,
    [`Re: ${toMembers}`],
  );
  expect(recipients).toEqual([{ email: "client@cabas.test" }]);
  await admin.getByRole("link", { name: "Tous les messages reçus" }).click();
  await expect(memberThread).not.toContainText("non lu");
  await expect(producerThread).toContainText("1 non lu");
  await member.reload();
  await expect(member.locator(`[data-message="Re: ${toMembers}"]`)).toContainText("C'est noté, à samedi.");
});

test("[ADMIN] a producer sends its catalog's shortcut to a market it found by its link; the admin links the catalog from the message", async ({
  page,
  newPerson,
}) => {
  const marketName = `Marche des raccourcis ${Date.now()}`;
  const marketId = await newMarketAdmin(page, marketName);
  const [{ slug }] = await query<{ slug: string }>(`SELECT slug FROM "Market" WHERE id = $1`, [marketId]);

  const producer = await newPerson();
  await signInAs(producer, "producteur@cabas.test");
  await producer.goto("/producteur/messages");
  const write = producer.getByRole("region", { name: "Écrire à un marché" });
  await write.getByLabel("Lien du marché").fill(`http://127.0.0.1/m/${slug}`);
  await write.getByLabel("Objet").fill("Notre epicerie en vrac");
  await write.getByLabel("Message").fill("Bonjour, voici notre catalogue.");
  await write.getByLabel("Raccourci de catalogue à joindre").selectOption({ label: VRAC });
  await write.getByRole("button", { name: "Envoyer" }).click();
  await expect(write.getByText(`Message envoyé à « ${marketName} ».`)).toBeVisible();

  // The menu counts the threads this admin has not read.
  await page.goto(`/admin/${marketId}`);
  await page.getByRole("link", { name: "Messages reçus 1 non lu", exact: true }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Notre epicerie en vrac" })).toContainText("1 non lu");
  await page.getByRole("link", { name: "Notre epicerie en vrac" }).click();
  const card = page.getByRole("region", { name: new RegExp(`Catalogue « ${VRAC} » de Épicerie vrac des Minguettes`) });
  await card.getByRole("button", { name: "Lier ce catalogue" }).click();
  await expect(card.getByText("Ce catalogue est relié à votre marché.")).toBeVisible();
  const links = await query<{ unlinkedAt: Date | null }>(
    `SELECT l."unlinkedAt" FROM "CatalogLink" l JOIN "Catalog" c ON c.id = l."catalogId" WHERE l."marketId" = $1 AND c.name = $2`,
    [marketId, VRAC],
  );
  expect(links).toEqual([{ unlinkedAt: null }]);
  await page.getByRole("link", { name: "Catalogues", exact: true }).click();
  await expect(page.getByText(VRAC).first()).toBeVisible();
  // Read, the thread leaves the menu's count.
  await page.reload();
  await expect(page.getByRole("link", { name: "Messages reçus", exact: true })).toBeVisible();
});
