import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { deliverOutbox } from "@/lib/domain/email/deliver-outbox";
import { queueSaleOpeningNotices } from "@/lib/domain/notice/queue-sale-opening-notices";
import { recordTopUp } from "@/lib/domain/payment/record-top-up";
import { loadActor } from "@/lib/domain/access/actor";
import { smtpSender } from "@/lib/email/smtp";
import {
  createDistribution,
  createMarket,
  createMembership,
  createParticipation,
  createProducerWithCatalog,
  createUser,
} from "../../support/factories";

const appUrl = "http://cabas.test";
const now = new Date("2026-06-01T10:00:00Z");
const mailsTo = (email: string) => db().emailOutbox.findMany({ where: { toEmail: email } });

// A market whose sale opened 5 days ago, with one member, in their language.
async function openSale(
  contact: { contactName?: string; contactEmail?: string; contactPhone?: string },
  locale = "fr",
) {
  const market = await createMarket({ name: "La Cagette", ...contact });
  const distribution = await createDistribution(market, { now, inDays: 5 });
  await createParticipation(distribution.id, (await createProducerWithCatalog()).catalog.id);
  const member = await createUser({ locale });
  await createMembership(market.id, member.id);
  await queueSaleOpeningNotices({ now, appUrl });
  return { market, member };
}

let received: string[] = [];
let server: SMTPServer;
let port = 0;
beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString()));
      stream.on("end", () => {
        received.push(raw);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the market's contact in its e-mails to shoppers", () => {
  it("a notice names the coordinator, their e-mail and phone in its footer, and answers go to their e-mail", async () => {
    const { member } = await openSale({
      contactName: "Marie Dupont",
      contactEmail: "marie@cagette.test",
      contactPhone: "06 12 34 56 78",
    });
    const [mail] = await mailsTo(member.email);
    expect(mail.text).toContain("Une question ? Contactez Marie Dupont — marie@cagette.test — 06 12 34 56 78");
    expect(mail.html).toContain("Marie Dupont — marie@cagette.test — 06 12 34 56 78");
    expect(mail.replyTo).toBe("marie@cagette.test");

    received = [];
    const send = smtpSender(`smtp://127.0.0.1:${port}?ignoreTLS=true`, "ne-pas-repondre@cabas.test");
    await deliverOutbox({ send, now: new Date(), appUrl });
    const raw = received.find((r) => r.includes(member.email));
    expect(raw).toMatch(/^Reply-To: marie@cagette\.test\r?$/m);
  });

  it("says only what is set, in the member's language; a phone alone gives no Reply-To", async () => {
    const { member } = await openSale({ contactPhone: "06 12 34 56 78" }, "en");
    const [mail] = await mailsTo(member.email);
    expect(mail.text).toContain("A question? Contact 06 12 34 56 78");
    expect(mail.replyTo).toBeNull();
  });

  it("no contact, no line and no Reply-To", async () => {
    const { member } = await openSale({});
    const [mail] = await mailsTo(member.email);
    expect(mail.text).not.toContain("Une question");
    expect(mail.replyTo).toBeNull();
  });

  it("a payment notice, whose market is read apart from any distribution, carries it too", async () => {
    const market = await createMarket({
      name: "La Cagette",
      contactName: "Marie Dupont",
      contactEmail: "marie@cagette.test",
    });
    const admin = await createUser();
    await createMembership(market.id, admin.id, { isAdmin: true });
    const member = await createUser();
    await createMembership(market.id, member.id);
    await recordTopUp({
      actor: await loadActor(admin.id),
      marketId: market.id,
      userId: member.id,
      amount: "20",
      method: "CASH",
      now,
    });
    const [mail] = await mailsTo(member.email);
    expect(mail.text).toContain("Une question ? Contactez Marie Dupont — marie@cagette.test");
    expect(mail.replyTo).toBe("marie@cagette.test");
  });
});
