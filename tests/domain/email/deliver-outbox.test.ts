import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { deliverOutbox, MAX_EMAIL_ATTEMPTS, retryDelayMs } from "@/lib/domain/email/deliver-outbox";
import { enqueueEmail } from "@/lib/domain/email/enqueue-email";
import { sendMarketMessage } from "@/lib/domain/message/send-message";
import { queueSaleOpeningNotices } from "@/lib/domain/notice/queue-sale-opening-notices";
import { requestPasswordReset } from "@/lib/domain/user/request-password-reset";
import { smtpSender } from "@/lib/email/smtp";
import { readUnsubscribeToken } from "@/lib/email/unsubscribe-token";
import {
  createDistribution,
  createMarket,
  createMembership,
  createParticipation,
  createProducerWithCatalog,
  createUser,
} from "../../support/factories";
import { parseRawMail } from "../../support/raw-mail";

type Received = { to: string; raw: string };
let received: Received[] = [];
let server: SMTPServer;
let port = 0;
let accept = true;
const appUrl = "http://cabas.test";

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
    expect(await deliverOutbox({ send, now, appUrl })).toEqual({ claimed: 1, succeeded: 1, skipped: 0, failures: [] });
    expect(await deliverOutbox({ send, now, appUrl })).toEqual({ claimed: 0, succeeded: 0, skipped: 0, failures: [] });
    expect(received).toHaveLength(1);
    expect(received[0].raw).toContain("From: La Cagette de Captieux <ne-pas-repondre@cabas.test>");
    expect((await db().emailOutbox.findUniqueOrThrow({ where: { dedupeKey: "k1" } })).status).toBe("SENT");
  });

  it("two runs at the same instant send each mail once", async () => {
    received = [];
    for (let i = 0; i < 10; i++) await queue(`race-${i}`, `r${i}@example.test`);
    const send = smtpSender(`smtp://127.0.0.1:${port}?ignoreTLS=true`);
    const now = new Date();
    const [a, b] = await Promise.all([deliverOutbox({ send, now, appUrl }), deliverOutbox({ send, now, appUrl })]);
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
    expect(await deliverOutbox({ send, now: t0, appUrl })).toMatchObject({
      succeeded: 0,
      failures: [{ item: "email" }],
    });
    const row = await db().emailOutbox.findUniqueOrThrow({ where: { dedupeKey: "down" } });
    expect(row.status).toBe("PENDING");
    expect(row.lastError).toMatch(/mailbox unavailable/);
    expect(row.nextAttemptAt.getTime()).toBe(t0.getTime() + retryDelayMs(1));
    accept = true;
    expect(await deliverOutbox({ send, now: t0, appUrl })).toMatchObject({ claimed: 0 });
    expect(await deliverOutbox({ send, now: new Date(t0.getTime() + retryDelayMs(1)), appUrl })).toMatchObject({
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
    await deliverOutbox({ send: failing, now: new Date(), appUrl });
    expect((await db().emailOutbox.findUniqueOrThrow({ where: { dedupeKey: "never" } })).status).toBe("FAILED");
  });
});

describe("one-click unsubscribe headers (RFC 8058)", () => {
  it("a market's message and a sale-opening notice carry List-Unsubscribe and List-Unsubscribe-Post, with the same link in their footer; a password reset carries neither", async () => {
    received = [];
    const now = new Date("2026-06-01T10:00:00Z");
    const market = await createMarket({ name: "La Cagette" });
    const distribution = await createDistribution(market, { now, inDays: 5 }); // orders open
    await createParticipation(distribution.id, (await createProducerWithCatalog()).catalog.id);
    const admin = await createUser();
    await createMembership(market.id, admin.id, { isAdmin: true });
    const member = await createUser({ email: "membre-rfc8058@example.test", locale: "en" });
    await createMembership(market.id, member.id);
    await sendMarketMessage({
      actor: await loadActor(admin.id),
      marketId: market.id,
      audience: "ALL_MEMBERS",
      subject: "Jeudi",
      body: "Bonjour",
      attachments: [],
      now,
    });
    await queueSaleOpeningNotices({ now, appUrl });
    await requestPasswordReset({ email: member.email, ip: null, appUrl, now });
    const send = smtpSender(`smtp://127.0.0.1:${port}?ignoreTLS=true`);
    expect(await deliverOutbox({ send, now: new Date(), appUrl })).toMatchObject({ failures: [] });

    const mails = received.filter((r) => r.to === member.email).map((r) => parseRawMail(r.raw));
    expect(mails).toHaveLength(3);
    const [message, opening, reset] = ["Jeudi", "La Cagette: orders are open", "Choose a new password"].map((subject) =>
      mails.find((m) => m.header("Subject")?.startsWith(subject)),
    );
    for (const [mail, expected] of [
      [message, { kind: "MARKET_MESSAGES", userId: member.id, marketId: market.id }],
      [opening, { kind: "SALE_OPENING", userId: member.id }],
    ] as const) {
      const url = /^<(http:\/\/cabas\.test\/desabonnement\/([\w.-]+))>$/.exec(mail!.header("List-Unsubscribe") ?? "");
      expect(url, mail!.headers).not.toBeNull();
      expect(readUnsubscribeToken(url![2])).toEqual(expected);
      expect(mail!.header("List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
      expect(mail!.body).toContain(`href="${url![1]}"`);
    }
    expect(reset!.headers).not.toMatch(/List-Unsubscribe/i);
    expect(reset!.body).not.toContain("/desabonnement/");
  });
});
