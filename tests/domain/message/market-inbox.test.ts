import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { deliverOutbox, type SendMail } from "@/lib/domain/email/deliver-outbox";
import { DomainError } from "@/lib/domain/errors";
import { answerThread } from "@/lib/domain/message/answer-thread";
import { linkCatalogFromMessage } from "@/lib/domain/message/link-catalog-from-message";
import { listInbox } from "@/lib/domain/message/list-messages";
import { countUnreadThreads, getThreadOrThrow, listThreads, markThreadRead } from "@/lib/domain/message/market-inbox";
import { listMemberMessages } from "@/lib/domain/message/member-messages";
import { replyToMessage } from "@/lib/domain/message/reply-to-message";
import { sendMarketMessage } from "@/lib/domain/message/send-message";
import { marketSlugOf, startConversation } from "@/lib/domain/message/start-conversation";
import { LIMITS } from "@/lib/domain/throttle/limits";
import { createMarket, createMembership, createProducerWithCatalog, createUser } from "../../support/factories";

const now = new Date("2026-06-01T10:00:00Z");
const later = new Date("2026-06-01T11:00:00Z");

// A market with its admin, a co-admin who writes its messages, one who only manages catalogs (no inbox), two
// members, and an admin of another market.
async function marketWithPeople() {
  const market = await createMarket({ name: "La Ruche du quai" });
  const other = await createMarket();
  const [admin, coAdmin, catalogsOnly, alice, bruno, elsewhere] = await Promise.all(
    ["admin", "coadmin", "catalogues", "alice", "bruno", "ailleurs"].map((name) =>
      createUser({ email: `${name}-${market.slug}@example.test`, firstName: name }),
    ),
  );
  await Promise.all([
    createMembership(market.id, admin.id, { isAdmin: true }),
    createMembership(market.id, coAdmin.id, { canManageMessages: true }),
    createMembership(market.id, catalogsOnly.id, { canManageCatalogs: true }),
    createMembership(market.id, alice.id),
    createMembership(market.id, bruno.id),
    createMembership(other.id, elsewhere.id, { isAdmin: true }),
  ]);
  const actors = Object.fromEntries(
    await Promise.all(
      Object.entries({ admin, coAdmin, catalogsOnly, alice, bruno, elsewhere }).map(
        async ([k, u]) => [k, await loadActor(u.id)] as const,
      ),
    ),
  ) as Record<
    "admin" | "coAdmin" | "catalogsOnly" | "alice" | "bruno" | "elsewhere",
    Awaited<ReturnType<typeof loadActor>>
  >;
  const users = { admin, coAdmin, catalogsOnly, alice, bruno, elsewhere };
  return { market, other, users, actors };
}

const unreadOf = async (actor: Awaited<ReturnType<typeof loadActor>>, marketId: string) =>
  (await listThreads({ actor, marketId })).threads.map((t) => [t.with, t.unread]);

describe("a market's inbox", () => {
  it("a member's reply is a thread of their own, unread for each reader of the inbox, answered to them alone", async () => {
    const { market, users, actors } = await marketWithPeople();
    const news = await sendMarketMessage({
      actor: actors.admin,
      marketId: market.id,
      audience: "ALL_MEMBERS",
      subject: "Fraises",
      body: "Les fraises arrivent samedi.",
      attachments: [],
      now,
    });
    const alicesReply = await replyToMessage({
      actor: actors.alice,
      messageId: news.id,
      body: "J’en prends 2 kg !",
      now,
    });
    await replyToMessage({ actor: actors.bruno, messageId: news.id, body: "Et des cerises ?", now });
    // Admin and co-admin read the inbox; the catalogs-only co-admin does not.
    expect(alicesReply.recipients).toBe(2);
    expect((await unreadOf(actors.admin, market.id)).sort()).toEqual([
      ["alice Durand", 1],
      ["bruno Durand", 1],
    ]);
    await expect(listThreads({ actor: actors.catalogsOnly, marketId: market.id })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );
    await expect(listThreads({ actor: actors.elsewhere, marketId: market.id })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );

    // Read state is each admin's own.
    const { threads } = await listThreads({ actor: actors.admin, marketId: market.id });
    const alicesThread = threads.find((t) => t.with === "alice Durand")!;
    await markThreadRead({ actor: actors.admin, marketId: market.id, threadId: alicesThread.id, now });
    expect(await unreadOf(actors.admin, market.id)).toContainEqual(["alice Durand", 0]);
    expect(await unreadOf(actors.coAdmin, market.id)).toContainEqual(["alice Durand", 1]);
    // The menu's badge counts the threads with something unread, per admin.
    expect(await countUnreadThreads({ actor: actors.admin, marketId: market.id })).toBe(1);
    expect(await countUnreadThreads({ actor: actors.coAdmin, marketId: market.id })).toBe(2);
    await expect(countUnreadThreads({ actor: actors.catalogsOnly, marketId: market.id })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );

    // The answer reaches Alice only; Bruno sees neither her reply nor the answer.
    await answerThread({ actor: actors.coAdmin, threadId: alicesThread.id, body: "Réservées !", now: later });
    const alices = await listMemberMessages({ actor: actors.alice });
    expect(alices.map((m) => m.subject)).toEqual(["Re: Fraises", "Fraises"]);
    expect((await listMemberMessages({ actor: actors.bruno })).map((m) => m.subject)).toEqual(["Fraises"]);
    expect(await unreadOf(actors.coAdmin, market.id)).toContainEqual(["alice Durand", 0]);

    // Her reply to the answer stays in her thread.
    await replyToMessage({ actor: actors.alice, messageId: alices[0].id, body: "Merci", now: later });
    const thread = await getThreadOrThrow({ actor: actors.admin, marketId: market.id, threadId: alicesThread.id });
    expect(thread.messages.map((m) => [m.fromMarket, m.bodyHtml])).toEqual([
      [false, "<p>J’en prends 2 kg !</p>"],
      [true, "<p>Réservées !</p>"],
      [false, "<p>Merci</p>"],
    ]);
    expect(thread.origin?.subject).toBe("Fraises");

    // Nobody answers a message they did not receive, reads another market's thread or answers it.
    await expect(replyToMessage({ actor: actors.bruno, messageId: alices[0].id, body: "intrus", now })).rejects.toEqual(
      new DomainError("NOT_FOUND"),
    );
    await expect(
      getThreadOrThrow({ actor: actors.elsewhere, marketId: market.id, threadId: alicesThread.id }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));
    await expect(answerThread({ actor: actors.elsewhere, threadId: alicesThread.id, body: "x", now })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );
    await expect(answerThread({ actor: actors.alice, threadId: alicesThread.id, body: "x", now })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );

    // Each new reply is e-mailed to each reader of the inbox (except one who unsubscribed from the market's
    // messages), linking the thread, answerable to whoever wrote.
    await db().messageOptOut.create({ data: { userId: users.coAdmin.id, marketId: market.id } });
    await replyToMessage({ actor: actors.bruno, messageId: news.id, body: "Et des cerises, alors ?", now });
    const sent: Parameters<SendMail>[0][] = [];
    await deliverOutbox({
      send: async (mail) => void sent.push(mail),
      now: new Date(),
      appUrl: "https://cabas.test",
      batchSize: 10_000,
    });
    const notices = sent.filter((m) => m.text.includes("Et des cerises, alors ?"));
    expect(notices.map((m) => [m.to, m.replyTo])).toEqual([[users.admin.email, users.bruno.email]]);
    const brunosThread = threads.find((t) => t.with === "bruno Durand")!;
    expect(notices[0].html).toContain(`https://cabas.test/admin/${market.id}/messagerie/recus/${brunosThread.id}`);
    const answerMail = sent.find((m) => m.to === users.alice.email && m.subject === "Re: Fraises");
    expect(answerMail?.html).toContain("https://cabas.test/compte/messages");
  });

  it("a producer writes to a market found by its link and sends a catalog's shortcut, linked in one click", async () => {
    const { market, actors } = await marketWithPeople();
    const farm = await createProducerWithCatalog("Ferme des Saules");
    const stranger = await createProducerWithCatalog("Ferme voisine");
    const farmer = await createUser({ email: `saules-${market.slug}@example.test` });
    await db().producerUser.create({ data: { producerId: farm.producer.id, userId: farmer.id, role: "OWNER" } });
    const farmerActor = await loadActor(farmer.id);

    await expect(
      startConversation({
        actor: farmerActor,
        producerId: farm.producer.id,
        market: "https://cabas.test/m/aucun-marche",
        subject: "Bonjour",
        body: "Bonjour",
        now,
      }),
    ).rejects.toEqual(new DomainError("MARKET_UNKNOWN", "market"));
    await expect(
      startConversation({
        actor: farmerActor,
        producerId: farm.producer.id,
        market: market.slug,
        subject: "Bonjour",
        body: "Bonjour",
        catalogId: stranger.catalog.id,
        now,
      }),
    ).rejects.toEqual(new DomainError("NOT_FOUND", "catalogId"));
    await expect(
      startConversation({
        actor: actors.alice,
        producerId: farm.producer.id,
        market: market.slug,
        subject: "Bonjour",
        body: "Bonjour",
        now,
      }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));

    const sent = await startConversation({
      actor: farmerActor,
      producerId: farm.producer.id,
      market: `https://cabas.test/en/m/${market.slug}/producteurs`,
      subject: "Nos légumes",
      body: "Voici notre catalogue.",
      catalogId: farm.catalog.id,
      now,
    });
    expect(sent.market).toBe("La Ruche du quai");
    const thread = await getThreadOrThrow({ actor: actors.admin, marketId: market.id, threadId: sent.threadId });
    expect(thread.producer?.name).toBe("Ferme des Saules");
    expect(thread.messages[0].catalog).toMatchObject({ name: farm.catalog.name, linked: false });

    // Linking needs the catalogs right in this market.
    await expect(
      linkCatalogFromMessage({ actor: actors.alice, marketId: market.id, messageId: sent.id, now }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));
    await expect(
      linkCatalogFromMessage({ actor: actors.elsewhere, marketId: market.id, messageId: sent.id, now }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));
    expect(
      await linkCatalogFromMessage({ actor: actors.catalogsOnly, marketId: market.id, messageId: sent.id, now }),
    ).toEqual({ name: farm.catalog.name, producer: "Ferme des Saules" });
    expect(
      await db().catalogLink.findUnique({
        where: { catalogId_marketId: { catalogId: farm.catalog.id, marketId: market.id } },
        select: { unlinkedAt: true },
      }),
    ).toEqual({ unlinkedAt: null });
    await expect(
      linkCatalogFromMessage({ actor: actors.admin, marketId: market.id, messageId: sent.id, now }),
    ).rejects.toEqual(new DomainError("CATALOG_ALREADY_LINKED"));
    expect(
      (await getThreadOrThrow({ actor: actors.admin, marketId: market.id, threadId: sent.threadId })).messages[0]
        .catalog?.linked,
    ).toBe(true);

    // The admin's answer reaches the producer's inbox; the producer's reply stays in the thread.
    await answerThread({ actor: actors.admin, threadId: sent.threadId, body: "Bienvenue !", now });
    const [answer] = await listInbox({ actor: farmerActor });
    expect(answer.subject).toBe("Re: Nos légumes");
    await replyToMessage({ actor: farmerActor, messageId: answer.id, body: "Merci !", now });
    const { threads } = await listThreads({ actor: actors.admin, marketId: market.id });
    // Answering read the thread: only the producer's new reply is unread.
    expect(threads.map((t) => [t.with, t.isProducer, t.unread])).toEqual([["Ferme des Saules", true, 1]]);
  });

  it("names a market by its shared link or its slug", () => {
    expect(
      [
        "bellefontaine",
        " https://cabas.fr/m/bellefontaine ",
        "https://cabas.fr/en/m/bellefontaine/distributions/x",
        "/m/la-ruche",
        "https://cabas.fr/catalogues/12",
        "Le marché",
        "",
      ].map(marketSlugOf),
    ).toEqual(["bellefontaine", "bellefontaine", "bellefontaine", "la-ruche", null, null, null]);
  });

  it("one person's messages to markets are throttled", async () => {
    const { market, actors } = await marketWithPeople();
    const news = await sendMarketMessage({
      actor: actors.admin,
      marketId: market.id,
      audience: "ALL_MEMBERS",
      subject: "Horaires",
      body: "9 h",
      attachments: [],
      now,
    });
    const reply = () => replyToMessage({ actor: actors.alice, messageId: news.id, body: "Merci", now });
    for (let i = 0; i < LIMITS.messagesToMarketsByUser.points; i++) await reply();
    await expect(reply()).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await replyToMessage({ actor: actors.bruno, messageId: news.id, body: "Merci", now });
  });
});
