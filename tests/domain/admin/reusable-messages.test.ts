import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/domain/access/actor";
import { getReusableMessage, listMessagesFromOtherMarkets } from "@/lib/domain/message/reusable-messages";
import { replyToMessage } from "@/lib/domain/message/reply-to-message";
import { sendMarketMessage, sendMessageToProducer } from "@/lib/domain/message/send-message";
import { createMarket, createMembership, createProducerWithCatalog, createUser } from "../../support/factories";
import { db } from "@/lib/db/client";

const now = new Date("2026-06-01T10:00:00Z");

async function marketWithMember(name: string) {
  const market = await createMarket({ name });
  const member = await createUser();
  await createMembership(market.id, member.id);
  return market;
}

describe("« réutiliser un message » across markets", () => {
  it("lists what the other markets one writes for sent, and lends their words; never another market's", async () => {
    const [north, south, stranger] = await Promise.all([
      marketWithMember("Marché Nord"),
      marketWithMember("Marché Sud"),
      marketWithMember("Marché d’à côté"),
    ]);
    const user = await createUser();
    await createMembership(north.id, user.id, { isAdmin: true });
    await createMembership(south.id, user.id, { canManageMessages: true });
    const strangerAdmin = await createUser();
    await createMembership(stranger.id, strangerAdmin.id, { isAdmin: true });
    const actor = await loadActor(user.id);
    const send = (marketId: string, who = actor, subject = "Fermeture estivale") =>
      sendMarketMessage({
        actor: who,
        marketId,
        audience: "ALL_MEMBERS",
        subject,
        body: "<p>Pas de distribution en <strong>août</strong>.</p>",
        attachments: [],
        now,
      });
    const summer = await send(north.id);
    const secret = await send(stranger.id, await loadActor(strangerAdmin.id), "Entre nous");

    const fromOthers = await listMessagesFromOtherMarkets({ actor, marketId: south.id });
    expect(fromOthers.map((m) => [m.subject, m.market?.name])).toEqual([["Fermeture estivale", "Marché Nord"]]);
    expect(await listMessagesFromOtherMarkets({ actor, marketId: north.id })).toEqual([]);
    expect(await getReusableMessage({ actor, marketId: south.id, messageId: summer.id })).toMatchObject({
      subject: "Fermeture estivale",
      audience: "ALL_MEMBERS",
      bodyHtml: "<p>Pas de distribution en <strong>août</strong>.</p>",
    });
    await expect(getReusableMessage({ actor, marketId: south.id, messageId: secret.id })).rejects.toThrow("NOT_FOUND");
    // Writing for a market is what lets one borrow from it: a plain member of the other market may not.
    await createMembership(stranger.id, (await createUser()).id);
    const member = await createUser();
    await createMembership(north.id, member.id);
    await expect(
      listMessagesFromOtherMarkets({ actor: await loadActor(member.id), marketId: north.id }),
    ).rejects.toThrow("FORBIDDEN");
  });

  it("lends what a market sent, not the replies it received", async () => {
    const market = await createMarket();
    const other = await createMarket();
    const admin = await createUser();
    await createMembership(market.id, admin.id, { isAdmin: true });
    await createMembership(other.id, admin.id, { isAdmin: true });
    const { producer } = await createProducerWithCatalog();
    const farmer = await createUser();
    await db().producerUser.create({ data: { producerId: producer.id, userId: farmer.id } });
    const actor = await loadActor(admin.id);
    const asked = await sendMessageToProducer({
      actor,
      marketId: market.id,
      producerId: producer.id,
      subject: "Chapons ?",
      body: "Avez-vous des chapons ?",
      now,
    });
    const reply = await replyToMessage({ actor: await loadActor(farmer.id), messageId: asked.id, body: "Oui", now });
    expect((await listMessagesFromOtherMarkets({ actor, marketId: other.id })).map((m) => m.subject)).toEqual([
      "Chapons ?",
    ]);
    await expect(getReusableMessage({ actor, marketId: other.id, messageId: reply.id })).rejects.toThrow("NOT_FOUND");
  });
});
