import type { APIRequestContext } from "@playwright/test";
import { SMTPServer } from "smtp-server";
import { E2E_CRON_SECRET, E2E_SMTP_PORT } from "../../../playwright.config";
import { parseRawMail } from "../../support/raw-mail";
import { expect, test } from "./fixtures";

export type Delivered = { to: string; headers: string; body: string; subject: string };

// An SMTP server on E2E_SMTP_PORT (the SMTP_URL playwright.config.ts gives the app) for the spec file that calls
// this at its top: started before its tests, stopped after. Returns what it receives, one row per recipient, the
// quoted-printable body decoded.
export function captureSmtp(): Delivered[] {
  const delivered: Delivered[] = [];
  let smtp: SMTPServer;
  test.beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        let raw = "";
        stream.on("data", (chunk: Buffer) => (raw += chunk.toString("latin1")));
        stream.on("end", () => {
          const { headers, body, header } = parseRawMail(raw);
          const subject = header("Subject") ?? "";
          for (const to of session.envelope.rcptTo) delivered.push({ to: to.address, headers, body, subject });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(E2E_SMTP_PORT, "127.0.0.1", resolve));
  });
  test.afterAll(async () => {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });
  return delivered;
}

// Runs the e-mail job (as Vercel Cron would) until the outbox is empty.
export async function deliverEmails(request: APIRequestContext) {
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
