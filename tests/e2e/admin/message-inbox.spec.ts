import { captureSmtp, deliverEmails } from "../support/smtp-capture";
import { query } from "../support/db";
import { expect, signInAs, test } from "../support/fixtures";

test.use({ viewport: { width: 1280, height: 800 } });

const MEMBER = "chloe.martin@cabas.test";

// What the app sends over SMTP when the deliver-emails cron runs.
const delivered = captureSmtp();

test("[ADMIN] a message to the members is answered to a person: its e-mails carry the market's contact as Reply-To", async ({
  newPerson,
}) => {
  const [demo] = await query<{ id: string; contactEmail: string }>(
    `SELECT id, "contactEmail" FROM "Market" WHERE slug = 'bellefontaine'`,
  );
  const admin = await newPerson();
  await signInAs(admin, "admin@cabas.test");
  await admin.goto(`/admin/${demo.id}/messagerie`);
  const subject = `Horaires de samedi ${Date.now()}`; // ASCII: read as is from the raw headers
  await admin.getByLabel("Destinataires").selectOption({ label: "Tous les membres" });
  await admin.getByLabel("Objet").fill(subject);
  await admin.getByRole("textbox", { name: /^Message/ }).fill("Bonjour à tous,\n\nle marché ouvre à 9 h.");
  await admin.getByRole("button", { name: "Envoyer" }).click();
  await admin.getByRole("alertdialog").getByRole("button", { name: "Envoyer" }).click();
  await expect(admin.getByText(/Message envoyé à \d+ destinataires\./)).toBeVisible();

  // Every queued copy names where answers go; the demo market's settings give a contact address.
  const rows = await query<{ replyTo: string | null }>(
    `SELECT o."replyTo" FROM "EmailOutbox" o JOIN "Message" m ON m.id = o."messageId" WHERE m.subject = $1`,
    [subject],
  );
  expect(rows.length).toBeGreaterThan(1);
  expect(new Set(rows.map((r) => r.replyTo))).toEqual(new Set([demo.contactEmail]));

  await deliverEmails(admin.request);
  const mail = delivered.find((m) => m.to === MEMBER && m.headers.includes(subject));
  expect(mail, "the member's copy was delivered").toBeDefined();
  expect(mail!.headers).toMatch(new RegExp(`^Reply-To: ${demo.contactEmail.replace(".", "\\.")}$`, "m"));
});
