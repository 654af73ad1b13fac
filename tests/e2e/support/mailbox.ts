import { expect } from "@playwright/test";
import { query } from "./db";

// The e-mails queued for an address with this template, oldest first (read from the outbox, as a mailbox would).
export async function mailsTo(email: string, template: string): Promise<{ subject: string; text: string }[]> {
  return query<{ subject: string; text: string }>(
    `SELECT subject, text FROM "EmailOutbox" WHERE "toEmail" = $1 AND template = $2 ORDER BY "createdAt"`,
    [email, template],
  );
}

// The path and query of the link to `path` in the last such e-mail, to open in the browser.
export async function linkPathInMail(email: string, template: string, path: string): Promise<string> {
  const mails = await mailsTo(email, template);
  expect(mails.length, `a ${template} e-mail to ${email}`).toBeGreaterThan(0);
  const found = new RegExp(`https?://\\S*${path}\\?token=[\\w-]+`).exec(mails[mails.length - 1].text);
  expect(found, `a link to ${path} in the ${template} e-mail`).toBeTruthy();
  const url = new URL(found![0]);
  return `${url.pathname}${url.search}`;
}
