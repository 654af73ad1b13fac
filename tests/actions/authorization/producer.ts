import { expect } from "vitest";
import { db } from "@/lib/db/client";
import { createProduct, createUser } from "../../support/factories";
import { image } from "../../support/files";
import { entry, type Entry } from "./matrix";
import { laterDistribution } from "./rows";
import { SIGNED_IN } from "./world";

const PRODUCER = "lib/actions/producer.ts";
const team = ["producerTeam", "producerOwner"] as const;
const owner = ["producerOwner"] as const;

const product = {
  name: "Brioche",
  category: "BAKERY",
  unit: "PIECE",
  quantityPerUnit: "1",
  price: "4,50",
  vatRate: "550",
  active: "on",
};
const csv = "nom;description;categorie;unite;quantite_par_unite;prix\nBrioche;;BAKERY;PIECE;1;4,50";
const photo = async () => new File([await image("png")], "photo.png", { type: "image/png" });

export const producerRows: Entry<unknown>[] = [
  entry({
    target: `${PRODUCER}#createProducerAction`,
    allowed: SIGNED_IN,
    sameWorld: true,
    input: { form: () => ({ name: "Ferme nouvelle" }) },
    effect: async ({ userId }) =>
      expect(
        await db().producerUser.count({
          where: { userId: userId!, role: "OWNER", producer: { name: "Ferme nouvelle" } },
        }),
      ).toBe(1),
  }),
  entry({
    target: `${PRODUCER}#createCatalogAction`,
    allowed: team,
    input: { form: ({ world }) => ({ producerId: world.producer.id, name: "Catalogue d'hiver" }) },
    effect: async ({ world }) =>
      expect(await db().catalog.count({ where: { producerId: world.producer.id, name: "Catalogue d'hiver" } })).toBe(1),
  }),
  entry({
    target: `${PRODUCER}#saveProductAction`,
    allowed: team,
    setup: async () => ({ photo: await photo() }),
    input: { form: ({ world, fixture }) => ({ catalogId: world.catalog.id, ...product, photo: fixture.photo }) },
    effect: async ({ world }) => {
      const saved = await db().product.findFirstOrThrow({ where: { catalogId: world.catalog.id, name: "Brioche" } });
      expect(saved.imageId).not.toBeNull();
    },
  }),
  entry({
    target: `${PRODUCER}#saveProductAction`,
    variant: "edit",
    allowed: team,
    crossTenant: "producer",
    input: {
      form: ({ world }) => ({ catalogId: world.catalog.id, productId: world.product.id, ...product }),
    },
    effect: async ({ world }) =>
      expect((await db().product.findUniqueOrThrow({ where: { id: world.product.id } })).name).toBe("Brioche"),
  }),
  entry({
    target: `${PRODUCER}#setProductActiveAction`,
    allowed: team,
    input: { form: ({ world }) => ({ catalogId: world.catalog.id, productId: world.product.id, active: "0" }) },
    effect: async ({ world }) =>
      expect((await db().product.findUniqueOrThrow({ where: { id: world.product.id } })).active).toBe(false),
  }),
  entry({
    target: `${PRODUCER}#deleteProductAction`,
    allowed: team,
    setup: (world) => createProduct(world.catalog.id, { name: "Fougasse" }),
    input: { form: ({ world, fixture: p }) => ({ catalogId: world.catalog.id, productId: p.id }) },
    effect: async ({ fixture: p }) => expect(await db().product.findUnique({ where: { id: p.id } })).toBeNull(),
  }),
  entry({
    target: `${PRODUCER}#respondToParticipationAction`,
    allowed: team,
    setup: async (world) => {
      const distribution = await laterDistribution(world);
      await db().participation.create({
        data: { distributionId: distribution.id, catalogId: world.catalog.id, status: "INVITED", invitedAt: world.now },
      });
      return distribution;
    },
    input: {
      form: ({ world, fixture: d }) => ({ catalogId: world.catalog.id, distributionId: d.id, answer: "accept" }),
    },
    effect: async ({ world, fixture: d }) => {
      const participation = await db().participation.findUniqueOrThrow({
        where: { distributionId_catalogId: { distributionId: d.id, catalogId: world.catalog.id } },
      });
      expect(participation.status).toBe("ACCEPTED");
    },
  }),
  entry({
    target: `${PRODUCER}#importProductsAction`,
    allowed: team,
    input: { form: ({ world }) => ({ catalogId: world.catalog.id, csv, intent: "import" }) },
    effect: async ({ world }) =>
      expect(await db().product.count({ where: { catalogId: world.catalog.id, name: "Brioche" } })).toBe(1),
  }),
  entry({
    target: `${PRODUCER}#importProductsAction`,
    variant: "preview",
    allowed: team,
    readOnly: true,
    input: { form: ({ world }) => ({ catalogId: world.catalog.id, csv, intent: "preview" }) },
    effect: async (_cell, answer) =>
      expect(answer).toMatchObject({ rows: [{ line: 2, label: "Brioche", error: null }] }),
  }),
  entry({
    target: `${PRODUCER}#addProducerUserAction`,
    allowed: owner,
    setup: () => createUser({ firstName: "Jo" }),
    input: { form: ({ world, fixture: jo }) => ({ producerId: world.producer.id, email: jo.email }) },
    effect: async ({ world, fixture: jo }) => {
      const added = await db().producerUser.findUniqueOrThrow({
        where: { producerId_userId: { producerId: world.producer.id, userId: jo.id } },
      });
      expect(added.role).toBe("MEMBER");
    },
  }),
  entry({
    target: `${PRODUCER}#removeProducerUserAction`,
    allowed: owner,
    crossTenant: "producer",
    input: { form: ({ world }) => ({ producerId: world.producer.id, userId: world.users.producerTeam.id }) },
    effect: async ({ world }) =>
      expect(
        await db().producerUser.count({
          where: { producerId: world.producer.id, userId: world.users.producerTeam.id },
        }),
      ).toBe(0),
  }),
  entry({
    target: `${PRODUCER}#updateProducerAction`,
    allowed: team,
    setup: async () => ({ photo: await photo() }),
    input: {
      form: ({ world, fixture }) => ({
        producerId: world.producer.id,
        name: "Ferme P rebaptisée",
        photos: fixture.photo,
      }),
    },
    effect: async ({ world }) => {
      const updated = await db().producer.findUniqueOrThrow({
        where: { id: world.producer.id },
        include: { _count: { select: { photos: true } } },
      });
      expect([updated.name, updated._count.photos]).toEqual(["Ferme P rebaptisée", 1]);
    },
  }),
  entry({
    target: `${PRODUCER}#answerLinkRequestAction`,
    allowed: team,
    // The other market asked to link catalog C.
    setup: (world) =>
      db().catalogLinkRequest.create({
        data: {
          catalogId: world.catalog.id,
          marketId: world.otherMarket.id,
          requestedById: world.users.adminElsewhere.id,
          createdAt: world.now,
        },
      }),
    input: {
      form: ({ world, fixture: request }) => ({
        producerId: world.producer.id,
        requestId: request.id,
        answer: "accept",
      }),
    },
    effect: async ({ world, fixture: request }, answer) => {
      expect(answer).toEqual({ location: `/producteur/${world.producer.id}?reponse=acceptee` });
      expect((await db().catalogLinkRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("ACCEPTED");
      const link = await db().catalogLink.findUnique({
        where: { catalogId_marketId: { catalogId: world.catalog.id, marketId: world.otherMarket.id } },
      });
      expect(link?.unlinkedAt).toBeNull();
    },
  }),
  entry({
    target: `${PRODUCER}#renewCatalogShareKeyAction`,
    allowed: team,
    input: { form: ({ world }) => ({ producerId: world.producer.id, catalogId: world.catalog.id }) },
    effect: async ({ world }) =>
      expect((await db().catalog.findUniqueOrThrow({ where: { id: world.catalog.id } })).shareKey).not.toBe(
        world.catalog.shareKey,
      ),
  }),
];
