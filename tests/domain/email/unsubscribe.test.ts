import { describe, expect, it } from "vitest";
import * as unsubscribeRoute from "@/app/api/unsubscribe/[token]/route";
import { db } from "@/lib/db/client";
import { getAccount } from "@/lib/domain/account/get-account";
import { getUnsubscribeOrThrow } from "@/lib/domain/account/unsubscribe";
import { updateEmailPreferences } from "@/lib/domain/account/update-profile";
import { loadActor } from "@/lib/domain/access/actor";
import { deliverOutbox } from "@/lib/domain/email/deliver-outbox";
import { DomainError } from "@/lib/domain/errors";
import { sendMarketMessage, sendMessageToProducer } from "@/lib/domain/message/send-message";
import { readUnsubscribeToken, signUnsubscribeToken, unsubscribeUrl } from "@/lib/email/unsubscribe-token";
import { createMarket, createMembership, createProducerWithCatalog, createUser } from "../../support/factories";

const now = new Date("2026-06-01T10:00:00Z");
const appUrl = "http://cabas.test";

// What a mail client does for RFC 8058: a POST of « List-Unsubscribe=One-Click », no cookie.
const oneClick = (token: string, body = "List-Unsubscribe=One-Click") =>
  unsubscribeRoute.POST(
    new Request(`${appUrl}/desabonnement/${token}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
    }),
    { params: Promise.resolve({ token }) },
  );

async function marketWithMember(name = "La Cagette") {
  const market = await createMarket({ name });
  const admin = await createUser();
  await createMembership(market.id, admin.id, { isAdmin: true });
  const member = await createUser({ email: `membre-${market.slug}@example.test` });
  await createMembership(market.id, member.id);
  return { market, admin: await loadActor(admin.id), member };
}

const recipientsOf = async (messageId: string) =>
  (await db().messageRecipient.findMany({ where: { messageId }, select: { userId: true } })).map((r) => r.userId);

describe("unsubscribe links", () => {
  it("are signed per person, kind and market: a changed character or another kind does not read", () => {
    const token = signUnsubscribeToken({ kind: "MARKET_MESSAGES", userId: "user1", marketId: "market1" });
    expect(readUnsubscribeToken(token)).toEqual({ kind: "MARKET_MESSAGES", userId: "user1", marketId: "market1" });
    expect(readUnsubscribeToken(signUnsubscribeToken({ kind: "REMINDER", userId: "user1" }))).toEqual({
      kind: "REMINDER",
      userId: "user1",
    });
    const [, , , signature] = token.split(".");
    expect(readUnsubscribeToken(`m.user2.market1.${signature}`)).toBeNull();
    expect(readUnsubscribeToken(`m.user1.market2.${signature}`)).toBeNull();
    expect(readUnsubscribeToken(`s.user1.${signature}`)).toBeNull();
    expect(readUnsubscribeToken(token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"))).toBeNull();
    expect(readUnsubscribeToken("")).toBeNull();
  });

  it("a GET changes nothing; the one-click POST unsubscribes once, without signing in, and the market's next message leaves the person out", async () => {
    const { market, admin, member } = await marketWithMember();
    const token = signUnsubscribeToken({ kind: "MARKET_MESSAGES", userId: member.id, marketId: market.id });

    // What the page shows on GET (mail scanners follow links): a question, and nothing unsubscribed.
    expect(await getUnsubscribeOrThrow({ token })).toEqual({
      kind: "MARKET_MESSAGES",
      marketName: "La Cagette",
      email: `m•••@example.test`,
      subscribed: true,
    });
    expect(await getUnsubscribeOrThrow({ token })).toMatchObject({ subscribed: true });
    expect(await db().messageOptOut.count({ where: { userId: member.id } })).toBe(0);
    // The route answers POST only: a GET of the address is the confirmation page, never this.
    expect(Object.keys(unsubscribeRoute)).toEqual(["POST"]);

    const first = await oneClick(token);
    expect(first.status).toBe(200);
    expect(await db().messageOptOut.count({ where: { userId: member.id, marketId: market.id } })).toBe(1);
    expect(await getUnsubscribeOrThrow({ token })).toMatchObject({ subscribed: false });
    // Posting again (mail clients retry) changes nothing and still answers OK.
    expect((await oneClick(token)).status).toBe(200);
    expect(await db().messageOptOut.count({ where: { userId: member.id } })).toBe(1);
    // The confirmation page's button posts « source=page » and is sent back to the page.
    const fromPage = await oneClick(token, "source=page");
    expect(fromPage.status).toBe(303);
    expect(fromPage.headers.get("location")).toBe(`/desabonnement/${token}`);
    // A forged or altered link unsubscribes nobody.
    expect((await oneClick(token.slice(0, -2))).status).toBe(404);
    await expect(getUnsubscribeOrThrow({ token: "m.x.y.z" })).rejects.toEqual(new DomainError("NOT_FOUND"));

    const next = await sendMarketMessage({
      actor: admin,
      marketId: market.id,
      audience: "ALL_MEMBERS",
      subject: "Jeudi",
      body: "Bonjour",
      attachments: [],
      now,
    });
    expect(await recipientsOf(next.id)).toEqual([admin.userId]);
    expect(await db().emailOutbox.count({ where: { messageId: next.id, recipientUserId: member.id } })).toBe(0);

    // Another market's messages still reach them.
    const other = await createMarket({ name: "Le Fournil" });
    await createMembership(other.id, member.id);
    await createMembership(other.id, admin.userId, { isAdmin: true });
    const fromOther = await sendMarketMessage({
      actor: await loadActor(admin.userId),
      marketId: other.id,
      audience: "ALL_MEMBERS",
      subject: "Pain",
      body: "Bonjour",
      attachments: [],
      now,
    });
    expect(await recipientsOf(fromOther.id)).toContain(member.id);
  });

  it("shows in « Mon compte », where the person can subscribe again", async () => {
    const { market, admin, member } = await marketWithMember("Le Marché du Lundi");
    await oneClick(signUnsubscribeToken({ kind: "MARKET_MESSAGES", userId: member.id, marketId: market.id }));
    const actor = await loadActor(member.id);
    expect((await getAccount({ actor, now: new Date() })).messageMarkets).toEqual([
      { id: market.id, name: "Le Marché du Lundi", receive: false },
    ]);
    await updateEmailPreferences({
      actor,
      notifySaleOpening: true,
      notifyReminder: true,
      marketMessages: { [market.id]: true, "some-other-market": false },
      now,
    });
    expect((await getAccount({ actor, now: new Date() })).messageMarkets).toEqual([
      { id: market.id, name: "Le Marché du Lundi", receive: true },
    ]);
    expect(await db().messageOptOut.count({ where: { userId: member.id } })).toBe(0);
    const again = await sendMarketMessage({
      actor: admin,
      marketId: market.id,
      audience: "ALL_MEMBERS",
      subject: "Lundi",
      body: "Bonjour",
      attachments: [],
      now,
    });
    expect(await recipientsOf(again.id)).toContain(member.id);

    // Unsubscribing from « Mon compte » works the same way.
    await updateEmailPreferences({
      actor,
      notifySaleOpening: true,
      notifyReminder: true,
      marketMessages: { [market.id]: false },
      now,
    });
    expect((await getAccount({ actor, now: new Date() })).messageMarkets[0].receive).toBe(false);
  });

  it("sale-opening and reminder links turn off those e-mails, as « Mon compte » does", async () => {
    const user = await createUser();
    expect((await oneClick(signUnsubscribeToken({ kind: "SALE_OPENING", userId: user.id }))).status).toBe(200);
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      notifySaleOpening: false,
      notifyReminder: true,
    });
    expect((await oneClick(signUnsubscribeToken({ kind: "REMINDER", userId: user.id }))).status).toBe(200);
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ notifyReminder: false });
    expect(unsubscribeUrl(appUrl, { kind: "REMINDER", userId: user.id })).toMatch(
      /^http:\/\/cabas\.test\/desabonnement\/r\.[\w-]+\.[\w-]+$/,
    );
  });

  it("a message queued before the person unsubscribed is not sent to them; a producer who unsubscribed gets no direct message", async () => {
    const { market, admin, member } = await marketWithMember("Le Marché du Mardi");
    const sent = await sendMarketMessage({
      actor: admin,
      marketId: market.id,
      audience: "ALL_MEMBERS",
      subject: "Mardi",
      body: "Bonjour",
      attachments: [],
      now,
    });
    await oneClick(signUnsubscribeToken({ kind: "MARKET_MESSAGES", userId: member.id, marketId: market.id }));
    await db().emailOutbox.updateMany({
      where: { status: "PENDING", NOT: { messageId: sent.id } },
      data: { nextAttemptAt: new Date("2100-01-01") },
    });
    const to: string[] = [];
    const result = await deliverOutbox({ send: async (mail) => void to.push(mail.to), now: new Date(), appUrl });
    expect(result).toMatchObject({ succeeded: 1, skipped: 1 });
    expect(to).not.toContain(member.email);
    expect(
      await db().emailOutbox.findFirstOrThrow({ where: { messageId: sent.id, recipientUserId: member.id } }),
    ).toMatchObject({ status: "SKIPPED" });

    const { producer } = await createProducerWithCatalog();
    const farmer = await createUser();
    await db().producerUser.create({ data: { producerId: producer.id, userId: farmer.id } });
    await oneClick(signUnsubscribeToken({ kind: "MARKET_MESSAGES", userId: farmer.id, marketId: market.id }));
    await expect(
      sendMessageToProducer({
        actor: admin,
        marketId: market.id,
        producerId: producer.id,
        subject: "Pois chiches",
        body: "Bonjour",
        now,
      }),
    ).rejects.toEqual(new DomainError("PRODUCER_UNSUBSCRIBED"));
  });
});
