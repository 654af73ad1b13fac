import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { handleCronRequest } from "@/lib/cron/handle-cron-request";
import { runCronJob } from "@/lib/cron/jobs";
import { retryDelayMs } from "@/lib/domain/email/deliver-outbox";
import { enqueueEmail } from "@/lib/domain/email/enqueue-email";
import { queueCloseNotices } from "@/lib/domain/notice/queue-close-notices";
import { payDuePayouts, type TransferMoney } from "@/lib/domain/payout/pay-due-payouts";
import { captureLog } from "../../support/capture-log";
import {
  createDistribution,
  createMarket,
  createMembership,
  createParticipation,
  createProducerWithCatalog,
  createUser,
} from "../../support/factories";

// A market whose time zone no longer exists (typed before it was checked, or dropped from the time zone
// database): every date of its notices fails to render. That is the bad row these tests run into.
const BROKEN_ZONE = "Mars/Olympus";

async function marketWithMember(name: string, email: string, now: Date) {
  const market = await createMarket({ name });
  const distribution = await createDistribution(market, { now, inDays: 5 }); // open, pick-up in 5 days
  // A producer's catalog takes part: a sale with none is not announced.
  await createParticipation(distribution.id, (await createProducerWithCatalog()).catalog.id);
  const member = await createUser({ email });
  await createMembership(market.id, member.id);
  return { market, distribution };
}

describe("a scheduled run survives one bad distribution", () => {
  it("sale opening: the others are queued, the failure is one JSON log line, the answer counts it, and the next run queues it once fixed", async () => {
    process.env.CRON_SECRET = "secret-cron";
    const now = new Date();
    await marketWithMember("Marché sain", "sain@example.test", now);
    const bad = await marketWithMember("Marché cassé", "casse@example.test", now);
    await db().market.update({ where: { id: bad.market.id }, data: { timeZone: BROKEN_ZONE } });
    const request = () =>
      new Request("http://cabas.test/api/cron/sale-opening", { headers: { authorization: "Bearer secret-cron" } });

    const { logger, lines, entries } = captureLog();
    const first = await handleCronRequest(request(), "sale-opening", logger);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({
      job: "sale-opening",
      result: { queued: 1, warned: 0, succeeded: 1, failed: 1 },
    });
    expect(await db().emailOutbox.count({ where: { toEmail: "sain@example.test" } })).toBe(1);
    expect(await db().emailOutbox.count({ where: { toEmail: "casse@example.test" } })).toBe(0);
    // Not marked done: its flag was rolled back with its transaction.
    expect(
      (await db().distribution.findUniqueOrThrow({ where: { id: bad.distribution.id } })).openingNoticeAt,
    ).toBeNull();

    expect(lines).toHaveLength(1);
    expect(entries()[0]).toMatchObject({
      level: "error",
      msg: "scheduled job item failed",
      job: "sale-opening",
      item: "distribution",
      itemId: bad.distribution.id,
      error: { type: "RangeError", message: "Invalid time value", stack: expect.any(String) },
    });
    expect(typeof entries()[0].time).toBe("string");

    await db().market.update({ where: { id: bad.market.id }, data: { timeZone: "Europe/Paris" } });
    const second = await handleCronRequest(request(), "sale-opening", logger);
    expect(await second.json()).toEqual({
      job: "sale-opening",
      result: { queued: 1, warned: 0, succeeded: 1, failed: 0 },
    });
    expect(await db().emailOutbox.count({ where: { toEmail: "casse@example.test" } })).toBe(1);
    expect(lines).toHaveLength(1);
  });

  it("orders at close: one producer's broken distribution does not keep the others' from their orders", async () => {
    const now = new Date("2026-06-10T10:00:00Z");
    const closed = new Date("2026-06-20T10:00:00Z");
    const ids: string[] = [];
    for (const name of ["Ferme A", "Ferme B", "Ferme C"]) {
      const market = await createMarket();
      const distribution = await createDistribution(market, { now, inDays: 5 });
      const { producer, catalog } = await createProducerWithCatalog(name);
      const farmer = await createUser({ email: `${name.replace(" ", "-").toLowerCase()}@example.test` });
      await db().producerUser.create({ data: { producerId: producer.id, userId: farmer.id } });
      await createParticipation(distribution.id, catalog.id);
      ids.push(distribution.id);
      if (name === "Ferme B") await db().market.update({ where: { id: market.id }, data: { timeZone: BROKEN_ZONE } });
    }
    const run = await queueCloseNotices({ now: closed, appUrl: "http://cabas.test" });
    expect(run).toMatchObject({ queued: 2, succeeded: 2, failures: [{ item: "distribution", itemId: ids[1] }] });
    expect(
      await db().emailOutbox.count({ where: { toEmail: { in: ["ferme-a@example.test", "ferme-c@example.test"] } } }),
    ).toBe(2);
    expect((await db().distribution.findUniqueOrThrow({ where: { id: ids[1] } })).closeNoticeAt).toBeNull();
  });
});

describe("a delivery run survives one refused address", () => {
  const REFUSED = "refuse@example.test";
  let refuse = true;
  let server: SMTPServer;
  const received: string[] = [];

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onRcptTo(address, _session, callback) {
        if (refuse && address.address === REFUSED) return callback(new Error("550 mailbox unavailable"));
        callback();
      },
      onData(stream, session, callback) {
        stream.on("data", () => undefined);
        stream.on("end", () => {
          received.push(...session.envelope.rcptTo.map((r) => r.address));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as { port: number }).port}?ignoreTLS=true`;
  });
  afterAll(() => {
    delete process.env.SMTP_URL;
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("sends the others, logs the refused one, and sends it on a later run", async () => {
    await db().emailOutbox.deleteMany(); // the notices of the tests above
    for (const to of ["un@example.test", REFUSED, "trois@example.test"]) {
      await db().$transaction((tx) =>
        enqueueEmail(tx, {
          dedupeKey: `smtp-refus:${to}`,
          to,
          fromName: "La Cagette",
          subject: "Vente ouverte",
          html: "<p>Bonjour</p>",
          text: "Bonjour",
          template: "test",
        }),
      );
    }
    const refused = await db().emailOutbox.findUniqueOrThrow({ where: { dedupeKey: `smtp-refus:${REFUSED}` } });
    const now = new Date(Date.now() + 60_000);
    const { logger, entries } = captureLog();

    expect(await runCronJob("deliver-emails", now, logger)).toEqual({
      claimed: 3,
      succeeded: 2,
      skipped: 0,
      failed: 1,
    });
    expect(received.sort()).toEqual(["trois@example.test", "un@example.test"]);
    expect(entries()).toEqual([
      expect.objectContaining({
        level: "error",
        msg: "scheduled job item failed",
        job: "deliver-emails",
        item: "email",
        itemId: refused.id,
        error: expect.objectContaining({ message: expect.stringContaining("mailbox unavailable") }),
      }),
    ]);
    expect(await db().emailOutbox.findUniqueOrThrow({ where: { id: refused.id } })).toMatchObject({
      status: "PENDING",
      attempts: 1,
      nextAttemptAt: new Date(now.getTime() + retryDelayMs(1)),
    });

    refuse = false;
    const later = new Date(now.getTime() + retryDelayMs(1));
    expect(await runCronJob("deliver-emails", later, logger)).toEqual({
      claimed: 1,
      succeeded: 1,
      skipped: 0,
      failed: 0,
    });
    expect(received).toContain(REFUSED);
    expect((await db().emailOutbox.findUniqueOrThrow({ where: { id: refused.id } })).status).toBe("SENT");
  });
});

describe("a payout run survives one refused transfer", () => {
  it("pays the others, leaves the refused one due (shown FAILED, nothing recorded), and pays it on the next run", async () => {
    const market = await createMarket();
    const distribution = await createDistribution(market, { now: new Date("2026-03-01T10:00:00Z"), inDays: 1 });
    const payoutOf = async (name: string, account: string) => {
      const { producer } = await createProducerWithCatalog(name);
      await db().producer.update({
        where: { id: producer.id },
        data: { stripeAccountId: account, stripeOnboardedAt: new Date() },
      });
      return db().payout.create({
        data: {
          producerId: producer.id,
          marketId: market.id,
          distributionId: distribution.id,
          grossCents: 10_000,
          feeCents: 0,
          onlineCents: 10_000,
          amountCents: 10_000,
          availableOn: new Date("2026-03-05T00:00:00Z"),
          scheduledFor: new Date("2026-03-09T00:00:00Z"),
        },
      });
    };
    const ok = await payoutOf("Ferme payée", "acct_ok");
    const refused = await payoutOf("Ferme refusée", "acct_restricted");
    let accountFixed = false;
    const transfer: TransferMoney = async ({ payoutId, destinationAccountId }) => {
      if (destinationAccountId === "acct_restricted" && !accountFixed) throw new Error("account cannot receive");
      return { transferId: `tr_${payoutId}` };
    };
    const monday = new Date("2026-03-09T10:00:00Z");

    const first = await payDuePayouts({ now: monday, transfer });
    expect(first).toMatchObject({
      paid: 1,
      manual: 0,
      succeeded: 1,
      failures: [{ item: "payout", itemId: refused.id }],
    });
    expect((await db().payout.findUniqueOrThrow({ where: { id: ok.id } })).status).toBe("PAID");
    expect((await db().payout.findUniqueOrThrow({ where: { id: refused.id } })).status).toBe("FAILED");
    expect(await db().ledgerTransaction.count({ where: { payoutId: refused.id, kind: "PAYOUT" } })).toBe(0);

    accountFixed = true;
    const second = await payDuePayouts({ now: new Date("2026-03-09T11:00:00Z"), transfer });
    expect(second).toEqual({ paid: 1, manual: 0, succeeded: 1, failures: [] });
    expect(await db().payout.findUniqueOrThrow({ where: { id: refused.id } })).toMatchObject({
      status: "PAID",
      stripeTransferId: `tr_${refused.id}`,
    });
    expect(await db().ledgerTransaction.count({ where: { payoutId: refused.id, kind: "PAYOUT" } })).toBe(1);
  });
});
