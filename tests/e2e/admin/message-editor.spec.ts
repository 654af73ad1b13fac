import { image } from "../../support/files";
import { expectNoViolations } from "../support/accessibility";
import { captureSmtp, deliverEmails } from "../support/smtp-capture";
import { query } from "../support/db";
import { expect, signInAs, test } from "../support/fixtures";

test.use({ viewport: { width: 1280, height: 800 } });

const MEMBER = "chloe.martin@cabas.test";

// What the app sends over SMTP when the deliver-emails cron runs.
const delivered = captureSmtp();

test("[ADMIN] message editor: bold text and an uploaded image, previewed, then e-mailed to every member with the image served by Cabas", async ({
  newPerson,
}) => {
  const [demo] = await query<{ id: string }>(`SELECT id FROM "Market" WHERE slug = 'bellefontaine'`);
  const admin = await newPerson();
  const consoleErrors: string[] = [];
  admin.on("console", (message) => {
    // The preview's frame is sandboxed: Chromium logs each script it refuses there (Playwright's own), as meant.
    if (message.type() === "error" && !message.text().includes("'about:srcdoc'")) consoleErrors.push(message.text());
  });
  await signInAs(admin, "admin@cabas.test");
  await admin.goto(`/admin/${demo.id}/messagerie`);
  const subject = `Fraises du jardin ${Date.now()}`; // ASCII: read as is from the raw headers
  await admin.getByLabel("Destinataires").selectOption({ label: "Tous les membres" });
  await admin.getByLabel("Objet").fill(subject);

  // Type, then make the last word bold from the toolbar.
  const editor = admin.getByRole("textbox", { name: /^Message/ });
  await editor.click();
  await admin.keyboard.type("Les fraises sont ");
  const bold = admin.getByRole("button", { name: "Gras" });
  await bold.click();
  await expect(bold).toHaveAttribute("aria-pressed", "true");
  await admin.keyboard.type("arrivées");
  await expect(editor.locator("strong")).toHaveText("arrivées");

  // An image, uploaded to Cabas and shown from there.
  const chooser = admin.waitForEvent("filechooser");
  await admin.getByRole("button", { name: "Image", exact: true }).click();
  await (
    await chooser
  ).setFiles({ name: "fraises.png", mimeType: "image/png", buffer: Buffer.from(await image("png")) });
  const inserted = editor.locator("img");
  await expect(inserted).toHaveAttribute("src", /^\/images\/\w+$/);
  const src = (await inserted.getAttribute("src"))!;
  // Checked before the preview: axe cannot enter its frame, which is sandboxed (no script runs there).
  await expectNoViolations(admin);

  // The preview is the e-mail as sent: bold text and the image at Cabas's address.
  await admin.getByRole("button", { name: "Aperçu" }).click();
  const preview = admin.frameLocator('iframe[title="Aperçu de l’e-mail reçu par les destinataires"]');
  await expect(preview.locator("strong")).toHaveText("arrivées");
  await expect(preview.locator("img")).toHaveAttribute("src", new RegExp(`^http://[^/]+${src}$`));

  await admin.getByRole("button", { name: "Envoyer" }).click();
  await admin.getByRole("alertdialog").getByRole("button", { name: "Envoyer" }).click();
  await expect(admin.getByText(/Message envoyé à \d+ destinataires\./)).toBeVisible();

  await deliverEmails(admin.request);
  const mail = delivered.find((m) => m.to === MEMBER && m.subject === subject);
  expect(mail, `delivered: ${delivered.map((m) => `${m.to} ${m.subject}`).join(" | ")}`).toBeDefined();
  expect(mail!.body).toContain("<strong>arrivées</strong>");
  const imageUrl = new RegExp(`<img src="(http://[^"]+${src})"`).exec(mail!.body)?.[1];
  expect(imageUrl, mail!.body).toBeDefined();
  const served = await admin.request.get(imageUrl!);
  expect(served.headers()["content-type"]).toBe("image/webp");
  expect(consoleErrors).toEqual([]);
});
