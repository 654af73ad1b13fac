import { pdf, windowsExecutable } from "../../support/files";
import { expectNoViolations } from "../support/accessibility";
import { captureSmtp, deliverEmails } from "../support/smtp-capture";
import { query } from "../support/db";
import { expect, signInAs, test } from "../support/fixtures";

test.use({ viewport: { width: 1280, height: 800 } });

const MEMBER = "chloe.martin@cabas.test";
const MARKET = "Marché VRAC de Bellefontaine";

// What the app sends over SMTP when the deliver-emails cron runs.
const delivered = captureSmtp();

test.afterAll(async () => {
  // Leave the demo member subscribed for the journeys that follow.
  await query(
    `DELETE FROM "MessageOptOut" WHERE "userId" = (SELECT id FROM "User" WHERE email = $1) AND "marketId" = (SELECT id FROM "Market" WHERE slug = 'bellefontaine')`,
    [MEMBER],
  );
});

test("[ADMIN] message limits: a renamed program is refused next to the field, a PDF goes out, a member unsubscribes from the e-mail's link", async ({
  newPerson,
}) => {
  const [demo] = await query<{ id: string }>(`SELECT id FROM "Market" WHERE slug = 'bellefontaine'`);
  const admin = await newPerson();
  await signInAs(admin, "admin@cabas.test");
  await admin.goto(`/admin/${demo.id}/messagerie`);
  const subject = `Affiche du vide-grenier ${Date.now()}`; // ASCII: read as is from the raw headers
  await admin.getByLabel("Destinataires").selectOption({ label: "Tous les membres" });
  await admin.getByLabel("Objet").fill(subject);
  await admin
    .getByRole("textbox", { name: /^Message/ })
    .fill("Bonjour à tous,\n\nvoici l’affiche de la fête du marché.");

  // A Windows program named like a PDF, sent by the browser as a PDF: refused, said under the field.
  const files = admin.getByLabel(/^Pièces jointes/);
  await files.setInputFiles({
    name: "affiche.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(windowsExecutable()),
  });
  await admin.getByRole("button", { name: "Envoyer" }).click();
  await admin.getByRole("alertdialog").getByRole("button", { name: "Envoyer" }).click();
  await expect(files).toHaveAttribute("aria-invalid", "true");
  const fieldError = admin.locator(`[id="${await files.getAttribute("id")}-error"]`);
  await expect(fieldError).toContainText("« affiche.pdf » ne peut pas être joint");
  await expect(files).toHaveAttribute("aria-describedby", /-error$/);
  await expect(admin.getByLabel("Objet")).toHaveValue(subject);
  await expectNoViolations(admin);
  expect(await query(`SELECT 1 FROM "Message" WHERE subject = $1`, [subject])).toHaveLength(0);

  // A real PDF goes through, stored and served as a PDF download.
  await files.setInputFiles({ name: "affiche.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdf()) });
  await admin.getByRole("button", { name: "Envoyer" }).click();
  await admin.getByRole("alertdialog").getByRole("button", { name: "Envoyer" }).click();
  await expect(admin.getByText(/Message envoyé à \d+ destinataires\./)).toBeVisible();
  const [attachment] = await query<{ id: string; mimeType: string; filename: string }>(
    `SELECT a.id, a."mimeType", a.filename FROM "MessageAttachment" a JOIN "Message" m ON m.id = a."messageId" WHERE m.subject = $1`,
    [subject],
  );
  expect(attachment).toMatchObject({ mimeType: "application/pdf", filename: "affiche.pdf" });
  const download = await admin.request.get(`/api/attachments/${attachment.id}`);
  expect(download.headers()).toMatchObject({
    "content-type": "application/pdf",
    "x-content-type-options": "nosniff",
  });
  expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="affiche\.pdf"/);

  // The member's copy, rendered and delivered by the e-mail job, carries the one-click unsubscribe link.
  await deliverEmails(admin.request);
  const mail = delivered.find((m) => m.to === MEMBER && m.subject === subject);
  expect(mail, `delivered: ${delivered.map((m) => `${m.to} ${m.subject}`).join(" | ")}`).toBeDefined();
  expect(mail!.headers).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
  const link = /^List-Unsubscribe: <(http:\/\/[^>]+\/desabonnement\/[\w.-]+)>$/m.exec(mail!.headers)![1];
  expect(mail!.body).toContain(`href="${link}"`);
  expect(mail!.body).toContain(`/api/attachments/${attachment.id}`);

  const optedOut = () =>
    query(
      `SELECT 1 FROM "MessageOptOut" o JOIN "User" u ON u.id = o."userId" WHERE u.email = $1 AND o."marketId" = $2`,
      [MEMBER, demo.id],
    );
  // Opening the link (as a mail scanner would) asks, and unsubscribes nobody.
  const member = await newPerson();
  expect((await member.request.get(link)).status()).toBe(200);
  await member.goto(link);
  await expect(member.getByRole("heading", { name: "Se désabonner" })).toBeVisible();
  await expect(
    member.getByText(`Ne plus recevoir les messages de « ${MARKET} » à l’adresse c•••@cabas.test ?`),
  ).toBeVisible();
  expect(await optedOut()).toHaveLength(0);
  await expectNoViolations(member);
  await member.getByRole("button", { name: "Me désabonner" }).click();
  await expect(
    member.getByText(`C’est fait : c•••@cabas.test ne recevra plus les messages de « ${MARKET} ».`),
  ).toBeVisible();
  expect(await optedOut()).toHaveLength(1);
  await expectNoViolations(member);
  // A mail client's one-click POST to the same address: answered, and nothing more to do.
  const oneClick = await member.request.post(link, { form: { "List-Unsubscribe": "One-Click" } });
  expect(oneClick.status()).toBe(200);
  expect(await optedOut()).toHaveLength(1);

  // « Mon compte » shows it.
  await signInAs(member, MEMBER);
  await member.goto("/compte");
  await expect(member.getByLabel(`Recevoir les messages de « ${MARKET} »`)).not.toBeChecked();
  await expect(member.getByLabel("Me prévenir à l’ouverture des ventes")).toBeChecked();

  // The market's next message reaches the others, not them.
  const next = `Prochaine distribution ${Date.now()}`;
  await admin.goto(`/admin/${demo.id}/messagerie`);
  await admin.getByLabel("Destinataires").selectOption({ label: "Tous les membres" });
  await admin.getByLabel("Objet").fill(next);
  await admin.getByRole("textbox", { name: /^Message/ }).fill("À jeudi !");
  await admin.getByRole("button", { name: "Envoyer" }).click();
  await admin.getByRole("alertdialog").getByRole("button", { name: "Envoyer" }).click();
  await expect(admin.getByText(/Message envoyé à \d+ destinataires\./)).toBeVisible();
  expect(
    await query(`SELECT "toEmail" FROM "EmailOutbox" WHERE subject = $1 AND "toEmail" = $2`, [next, MEMBER]),
  ).toHaveLength(0);
  await deliverEmails(admin.request);
  expect(delivered.filter((m) => m.subject === next).map((m) => m.to)).toContain("client@cabas.test");
  expect(delivered.filter((m) => m.subject === next && m.to === MEMBER)).toHaveLength(0);
});
