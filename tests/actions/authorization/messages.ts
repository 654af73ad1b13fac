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
    effect: async ({ fixture: message, userId }) => {
      const reply = await db().message.findFirstOrThrow({
        where: { parentId: message.id },
        include: { recipients: true },
      });
      expect([reply.senderUserId, reply.recipients.map((r) => r.userId)]).toEqual([userId, [message.senderUserId]]);
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
