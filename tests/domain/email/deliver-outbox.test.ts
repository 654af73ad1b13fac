import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { deliverOutbox, MAX_EMAIL_ATTEMPTS, retryDelayMs } from "@/lib/domain/email/deliver-outbox";
import { enqueueEmail } from "@/lib/domain/email/enqueue-email";
import { smtpSender } from "@/lib/email/smtp";

type Received = { to: string; raw: string };
let received: Received[] = [];
let server: SMTPServer;
let port = 0;
let accept = true;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString()));
      stream.on("end", () => {
        if (!accept) return callback(new Error("mailbox unavailable"));
        received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const queue = (key: string, to: string) =>
  db().$transaction((tx) =>
    enqueueEmail(tx, {
      dedupeKey: key,
      to,
      fromName: "La Cagette de Captieux",
      subject: "Vente ouverte",
      html: "<p>Bonjour</p>",
      text: "Bonjour",
      template: "test",
    }),
  );

describe("deliverOutbox over SMTP", () => {
  it("queues once per key, sends once, with the market's name as sender", async () => {
    received = [];
    await queue("k1", "a@example.test");
    await queue("k1", "a@example.test");
    const send = smtpSender(`smtp://127.0.0.1:${port}?ignoreTLS=true`, "ne-pas-repondre@cabas.test");
    const now = new Date();
    expect(await deliverOutbox({ send, now })).toEqual({ claimed: 1, succeeded: 1, failures: [] });
    expect(await deliverOutbox({ send, now })).toEqual({ claimed: 0, succeeded: 0, failures: [] });
    expect(received).toHaveLength(1);
    expect(received[0].raw).toContain("From: La Cagette de Captieux <ne-pas-repondre@cabas.test>");
    expect((await db().emailOutbox.findUniqueOrThrow({ where: { dedupeKey: "k1" } })).status).toBe("SENT");
  });

  it("two runs at the same instant send each mail once", async () => {
    received = [];
    for (let i = 0; i < 10; i++) await queue(`race-${i}`, `r${i}@example.test`);
    const send = smtpSender(`smtp://127.0.0.1:${port}?ignoreTLS=true`);
    const now = new Date();
    const [a, b] = await Promise.all([deliverOutbox({ send, now }), deliverOutbox({ send, now })]);
    expect(a.succeeded + b.succeeded).toBe(10);
    expect(new Set(received.map((r) => r.to)).size).toBe(10);
    expect(received).toHaveLength(10);
  });

  it("keeps mails queued while SMTP is down, retries with back-off, and sends when it is back", async () => {
    received = [];
    await queue("down", "d@example.test");
    const send = smtpSender(`smtp://127.0.0.1:${port}?ignoreTLS=true`);
    const t0 = new Date();
    accept = false;
    expect(await deliverOutbox({ send, now: t0 })).toMatchObject({ succeeded: 0, failures: [{ item: "email" }] });
    const row = await db().emailOutbox.findUniqueOrThrow({ where: { dedupeKey: "down" } });
    expect(row.status).toBe("PENDING");
    expect(row.lastError).toMatch(/mailbox unavailable/);
    expect(row.nextAttemptAt.getTime()).toBe(t0.getTime() + retryDelayMs(1));
    accept = true;
    expect(await deliverOutbox({ send, now: t0 })).toMatchObject({ claimed: 0 });
    expect(await deliverOutbox({ send, now: new Date(t0.getTime() + retryDelayMs(1)) })).toMatchObject({
      succeeded: 1,
    });
    expect(received).toHaveLength(1);
  });

  it("gives up after the last attempt", async () => {
    await queue("never", "n@example.test");
    await db().emailOutbox.update({ where: { dedupeKey: "never" }, data: { attempts: MAX_EMAIL_ATTEMPTS - 1 } });
    const failing = async () => {
      throw new Error("refused");
    };
    await deliverOutbox({ send: failing, now: new Date() });
    expect((await db().emailOutbox.findUniqueOrThrow({ where: { dedupeKey: "never" } })).status).toBe("FAILED");
  });
});
