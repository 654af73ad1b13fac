import type { APIRequestContext } from "@playwright/test";
import { SMTPServer } from "smtp-server";
import { E2E_CRON_SECRET, E2E_SMTP_PORT } from "../../../playwright.config";
import { query } from "../support/db";
import { expect, signInAs, test } from "../support/fixtures";

test.use({ viewport: { width: 1280, height: 800 } });

const MEMBER = "chloe.martin@cabas.test";

// The server sends e-mail here when the deliver-emails cron runs (SMTP_URL in playwright.config.ts); only the
// headers matter here.
const delivered: { to: string; headers: string }[] = [];
let smtp: SMTPServer;

test.beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("latin1")));
      stream.on("end", () => {
        const headers = raw.slice(0, raw.indexOf("\r\n\r\n")).replace(/\r\n[ \t]+/g, " ");
        for (const to of session.envelope.rcptTo) delivered.push({ to: to.address, headers });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(E2E_SMTP_PORT, "127.0.0.1", resolve));
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

// Runs the e-mail job (as Vercel Cron would) until the outbox is empty.
async function deliverEmails(request: APIRequestContext) {
  for (let run = 0; run < 20; run++) {
    const response = await request.get("/api/cron/deliver-emails", {
      headers: { authorization: `Bearer ${E2E_CRON_SECRET}` },
    });
    expect(response.status()).toBe(200);
    const { result } = (await response.json()) as { result: { claimed: number; failed: number } };
    expect(result.failed).toBe(0);
    if (result.claimed === 0) return;
  }
}

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
