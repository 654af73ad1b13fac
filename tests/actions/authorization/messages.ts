import { expect } from "vitest";
import { db } from "@/lib/db/client";
import { image } from "../../support/files";
import { entry, type Entry } from "./matrix";
import type { World } from "./world";

const MESSAGES = "lib/actions/messages.ts";

// A message the market's admin sent to producer P: its team received it.
export const messageToProducer = (world: World) =>
  db().message.create({
    data: {
      marketId: world.market.id,
      senderUserId: world.users.admin.id,
      toProducerId: world.producer.id,
      audience: "PRODUCER",
      subject: "Livraison de jeudi",
      bodyHtml: "<p>Pouvez-vous venir plus tôt ?</p>",
      recipients: {
        create: [{ userId: world.users.producerOwner.id }, { userId: world.users.producerTeam.id }],
      },
    },
  });

const PNG = await image("png");

export const messageRows: Entry<unknown>[] = [
  entry({
    target: `${MESSAGES}#setClosingReminderAction`,
    allowed: ["admin"],
    input: { form: ({ world }) => ({ marketId: world.market.id, closingReminderHours: "48" }) },
    effect: async ({ world }) => {
      const market = await db().market.findUniqueOrThrow({ where: { id: world.market.id } });
      expect(market.closingReminderHours).toBe(48);
    },
  }),
  entry({
    target: `${MESSAGES}#sendMarketMessageAction`,
    variant: "to a list of members",
    allowed: ["admin"],
    input: {
      form: ({ world }) => ({
        marketId: world.market.id,
        audience: "ALL_MEMBERS",
        subject: "Fermeture estivale",
        body: "<p>Pas de distribution en août.</p>",
        attachments: new File(["Horaires d'été"], "horaires.txt", { type: "text/plain" }),
      }),
    },
    effect: async ({ world }) => {
      const sent = await db().message.findFirstOrThrow({
        where: { marketId: world.market.id, subject: "Fermeture estivale" },
        include: { _count: { select: { attachments: true, recipients: true } } },
      });
      expect(sent._count.attachments).toBe(1);
      expect(sent._count.recipients).toBeGreaterThan(0);
    },
  }),
  entry({
    target: `${MESSAGES}#sendMarketMessageAction`,
    variant: "to a producer",
    allowed: ["admin"],
    input: {
      form: ({ world }) => ({
        marketId: world.market.id,
        producerId: world.producer.id,
        subject: "Commande de Noël",
        body: "<p>Avez-vous des chapons ?</p>",
      }),
    },
    effect: async ({ world }) => {
      const sent = await db().message.findFirstOrThrow({
        where: { toProducerId: world.producer.id, subject: "Commande de Noël" },
        include: { recipients: true },
      });
      expect(sent.recipients.map((r) => r.userId).sort()).toEqual(
        [world.users.producerOwner.id, world.users.producerTeam.id].sort(),
      );
    },
  }),
  entry({
    target: `${MESSAGES}#replyToMessageAction`,
    allowed: ["producerTeam", "producerOwner"],
    setup: messageToProducer,
    input: { form: ({ fixture: message }) => ({ messageId: message.id, body: "<p>Oui, à 17 h.</p>" }) },
    // The reply reaches the market's inbox: each of its admins who write its messages.
    effect: async ({ world, fixture: message, userId }) => {
      const reply = await db().message.findFirstOrThrow({
        where: { parentId: message.id },
        include: { recipients: true },
      });
      expect([reply.senderUserId, reply.recipients.map((r) => r.userId).sort()]).toEqual([
        userId,
        [world.users.admin.id, world.coAdmin.id].sort(),
      ]);
    },
  }),
  entry({
    target: `${MESSAGES}#uploadMessageImageAction`,
    allowed: ["admin"],
    input: {
      form: ({ world }) => ({
        marketId: world.market.id,
        image: new File([PNG], "fraises.png", { type: "image/png" }),
      }),
    },
    effect: async (_cell, answer) => {
      const src = (answer as { src?: string }).src ?? "";
      expect(src).toMatch(/^\/images\//);
      const stored = await db().image.findUniqueOrThrow({ where: { id: src.slice("/images/".length) } });
      expect(stored.mimeType).toBe("image/webp");
    },
  }),
  entry({
    target: `${MESSAGES}#previewMessageAction`,
    allowed: ["admin"],
    readOnly: true,
    input: {
      form: ({ world }) => ({
        marketId: world.market.id,
        subject: "Fraises",
        body: "<p>Les fraises sont <strong>arrivées</strong></p>",
      }),
    },
    effect: async (_cell, answer) =>
      expect((answer as { preview?: string }).preview).toContain("<strong>arrivées</strong>"),
  }),
];

// Issue #18, a market's inbox: a message of the market's to its members, received by the world's member.
const messageToMembers = (world: World) =>
  db().message.create({
    data: {
      marketId: world.market.id,
      senderUserId: world.users.admin.id,
      audience: "ALL_MEMBERS",
      subject: "Fraises",
      bodyHtml: "<p>Les fraises arrivent.</p>",
      recipients: { create: [{ userId: world.users.member.id }] },
    },
  });

// The member's thread in the market's inbox, with the reply that opened it (unread for the admins).
const memberThread = async (world: World) => {
  const origin = await messageToMembers(world);
  return db().messageThread.create({
    data: {
      marketId: world.market.id,
      subject: origin.subject,
      memberUserId: world.users.member.id,
      originMessageId: origin.id,
      lastMessageAt: world.now,
      messages: {
        create: {
          marketId: world.market.id,
          senderUserId: world.users.member.id,
          audience: "MARKET_ADMINS_OF",
          subject: "Re: Fraises",
          bodyHtml: "<p>J’en prends 2 kg.</p>",
          recipients: { create: [{ userId: world.users.admin.id }, { userId: world.coAdmin.id }] },
        },
      },
    },
  });
};

// Producer P sent the shortcut of a catalog of its that M has not linked.
const catalogSentByMessage = async (world: World) => {
  const catalog = await db().catalog.create({ data: { producerId: world.producer.id, name: "Volailles" } });
  const thread = await db().messageThread.create({
    data: {
      marketId: world.market.id,
      subject: "Nos volailles",
      producerId: world.producer.id,
      lastMessageAt: world.now,
      messages: {
        create: {
          marketId: world.market.id,
          senderUserId: world.users.producerOwner.id,
          senderProducerId: world.producer.id,
          catalogId: catalog.id,
          audience: "MARKET_ADMINS_OF",
          subject: "Nos volailles",
          bodyHtml: "<p>Voici notre catalogue.</p>",
          recipients: { create: [{ userId: world.users.admin.id }] },
        },
      },
    },
    include: { messages: true },
  });
  return { catalog, message: thread.messages[0] };
};

export const inboxRows: Entry<unknown>[] = [
  entry({
    target: `${MESSAGES}#replyToMessageAction`,
    variant: "a member answers a market's message",
    allowed: ["member"],
    setup: messageToMembers,
    input: { form: ({ fixture: message }) => ({ messageId: message.id, body: "<p>J’en prends 2 kg.</p>" }) },
    effect: async ({ world, fixture: message }) => {
      const thread = await db().messageThread.findFirstOrThrow({
        where: { originMessageId: message.id },
        include: { messages: { include: { recipients: true } } },
      });
      expect(thread.memberUserId).toBe(world.users.member.id);
      expect(thread.messages[0].recipients.map((r) => r.userId).sort()).toEqual(
        [world.users.admin.id, world.coAdmin.id].sort(),
      );
    },
  }),
  entry({
    target: `${MESSAGES}#startConversationAction`,
    allowed: ["producerTeam", "producerOwner"],
    input: {
      form: ({ world }) => ({
        producerId: world.producer.id,
        market: world.market.slug,
        subject: "Nos légumes",
        body: "<p>Bonjour</p>",
        catalogId: world.catalog.id,
      }),
    },
    effect: async ({ world }) => {
      const thread = await db().messageThread.findFirstOrThrow({
        where: { marketId: world.market.id, producerId: world.producer.id },
        include: { messages: true },
      });
      expect(thread.messages.map((m) => [m.audience, m.catalogId])).toEqual([["MARKET_ADMINS_OF", world.catalog.id]]);
    },
  }),
  entry({
    target: `${MESSAGES}#answerThreadAction`,
    allowed: ["admin"],
    setup: memberThread,
    input: { form: ({ fixture: thread }) => ({ threadId: thread.id, body: "<p>Réservées !</p>" }) },
    effect: async ({ world, fixture: thread }) => {
      const answer = await db().message.findFirstOrThrow({
        where: { threadId: thread.id, audience: "MEMBER" },
        include: { recipients: true },
      });
      expect(answer.recipients.map((r) => r.userId)).toEqual([world.users.member.id]);
    },
  }),
  entry({
    target: `${MESSAGES}#linkCatalogFromMessageAction`,
    allowed: ["admin"],
    crossTenant: "market",
    setup: catalogSentByMessage,
    input: { form: ({ world, fixture }) => ({ marketId: world.market.id, messageId: fixture.message.id }) },
    effect: async ({ world, fixture }) => {
      const link = await db().catalogLink.findUniqueOrThrow({
        where: { catalogId_marketId: { catalogId: fixture.catalog.id, marketId: world.market.id } },
      });
      expect(link.unlinkedAt).toBeNull();
    },
  }),
];
