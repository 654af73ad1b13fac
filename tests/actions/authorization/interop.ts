import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import { db } from "@/lib/db/client";
import { hashApiToken } from "@/lib/domain/dfc/api-tokens";
import type { FormState } from "@/lib/actions/form-state";
import { entry, type Entry } from "./matrix";
import { ROLES, type World } from "./world";

const INTEROP = "lib/actions/interop.ts";
const CATALOG_ITEMS = "app/api/dfc/enterprises/[producerId]/catalog_items/route.ts#GET";
const SUPPLIED_PRODUCT = "app/api/dfc/enterprises/[producerId]/supplied_products/[productId]/route.ts#GET";
const team = ["producerTeam", "producerOwner"] as const;

// One product in DFC 1.16, as another platform would publish it.
export const DFC_PRODUCT_ID = "https://peer.example/api/dfc/enterprises/1/supplied_products/7";
export const dfcFile = () =>
  new File(
    [
      JSON.stringify({
        "@context": "https://w3id.org/dfc/ontology/context/context_1.16.0.json",
        "@graph": [
          {
            "@id": DFC_PRODUCT_ID,
            "@type": "dfc-b:SuppliedProduct",
            "dfc-b:name": "Confiture de fraises",
            "dfc-b:hasQuantity": {
              "@type": "dfc-b:QuantitativeValue",
              "dfc-b:hasUnit": "dfc-m:Gram",
              "dfc-b:value": 350,
            },
            "dfc-b:referencedBy": "https://peer.example/api/dfc/enterprises/1/catalog_items/7",
          },
          {
            "@id": "https://peer.example/api/dfc/enterprises/1/catalog_items/7",
            "@type": "dfc-b:CatalogItem",
            "dfc-b:stockLimitation": 12,
            "dfc-b:offeredThrough": {
              "@type": "dfc-b:Offer",
              "dfc-b:hasPrice": { "@type": "dfc-b:Price", "dfc-b:value": 5.4, "dfc-b:hasUnit": "dfc-m:Euro" },
            },
          },
        ],
      }),
    ],
    "catalogue.json",
    { type: "application/ld+json" },
  );

// A live key of the world's producer P, made without going through an action.
async function keyOfProducer(world: World) {
  const secret = `cabas_${randomBytes(32).toString("base64url")}`;
  const token = await db().apiToken.create({
    data: { producerId: world.producer.id, name: "Open Food Network", tokenHash: hashApiToken(secret) },
  });
  return { secret, tokenId: token.id };
}

const openCatalog = (world: World) =>
  db().catalog.update({ where: { id: world.catalog.id }, data: { dfcPublic: true } });
const bodyOf = (answer: unknown) => (answer as Response).text();

export const interopRows: Entry<unknown>[] = [
  entry({
    target: `${INTEROP}#createApiTokenAction`,
    allowed: team,
    input: { form: ({ world }) => ({ producerId: world.producer.id, name: "Open Food Network" }) },
    effect: async ({ world }, answer) => {
      const { secret } = answer as FormState;
      expect(secret).toMatch(/^cabas_/);
      const stored = await db().apiToken.findFirstOrThrow({ where: { producerId: world.producer.id } });
      expect(stored.tokenHash).toBe(hashApiToken(secret!));
    },
  }),
  entry({
    target: `${INTEROP}#revokeApiTokenAction`,
    allowed: team,
    crossTenant: "producer",
    setup: keyOfProducer,
    input: { form: ({ world, fixture }) => ({ producerId: world.producer.id, tokenId: fixture.tokenId }) },
    effect: async ({ fixture }) =>
      expect((await db().apiToken.findUniqueOrThrow({ where: { id: fixture.tokenId } })).revokedAt).not.toBeNull(),
  }),
  entry({
    target: `${INTEROP}#setCatalogDfcPublicAction`,
    allowed: team,
    input: { form: ({ world }) => ({ producerId: world.producer.id, catalogId: world.catalog.id, dfcPublic: "1" }) },
    effect: async ({ world }) =>
      expect((await db().catalog.findUniqueOrThrow({ where: { id: world.catalog.id } })).dfcPublic).toBe(true),
  }),
  entry({
    target: `${INTEROP}#importDfcCatalogAction`,
    allowed: team,
    input: { form: ({ world }) => ({ catalogId: world.catalog.id, file: dfcFile(), intent: "apply" }) },
    effect: async ({ world }) => {
      const imported = await db().product.findFirstOrThrow({
        where: { catalogId: world.catalog.id, dfcId: DFC_PRODUCT_ID },
      });
      expect([imported.name, imported.priceCents, imported.stock?.toString()]).toEqual([
        "Confiture de fraises",
        540,
        "12",
      ]);
    },
  }),
  entry({
    target: `${INTEROP}#importDfcCatalogAction`,
    variant: "preview",
    allowed: team,
    readOnly: true,
    input: { form: ({ world }) => ({ catalogId: world.catalog.id, file: dfcFile(), intent: "preview" }) },
    effect: async (_cell, answer) =>
      expect((answer as FormState).dfcLines).toEqual([{ name: "Confiture de fraises", action: "create", note: null }]),
  }),
  // No session opens a producer's DFC export: it is public per catalog, or read with one of its API keys.
  entry({
    target: CATALOG_ITEMS,
    allowed: [],
    readOnly: true,
    input: { route: ({ world }) => ({ producerId: world.producer.id }) },
  }),
  entry({
    target: CATALOG_ITEMS,
    variant: "catalog made public",
    allowed: ROLES,
    readOnly: true,
    setup: openCatalog,
    input: { route: ({ world }) => ({ producerId: world.producer.id }) },
    effect: async ({ world }, answer) => {
      expect((answer as Response).headers.get("Content-Type")).toBe("application/ld+json; charset=utf-8");
      expect(await bodyOf(answer)).toContain(world.product.name);
    },
  }),
  entry({
    target: CATALOG_ITEMS,
    variant: "with the producer's API key",
    allowed: ROLES,
    setup: keyOfProducer,
    input: {
      args: ({ world, fixture }) => [
        new Request("http://cabas.test/", { headers: { Authorization: `Bearer ${fixture.secret}` } }),
        { params: Promise.resolve({ producerId: world.producer.id }) },
      ],
    },
    // Its last use is noted on the key.
    effect: async ({ world, fixture }, answer) => {
      expect(await bodyOf(answer)).toContain(world.product.name);
      expect((await db().apiToken.findUniqueOrThrow({ where: { id: fixture.tokenId } })).lastUsedAt).not.toBeNull();
    },
  }),
  entry({
    target: SUPPLIED_PRODUCT,
    allowed: [],
    readOnly: true,
    input: { route: ({ world }) => ({ producerId: world.producer.id, productId: world.product.id }) },
  }),
  entry({
    target: SUPPLIED_PRODUCT,
    variant: "catalog made public",
    allowed: ROLES,
    readOnly: true,
    setup: openCatalog,
    input: { route: ({ world }) => ({ producerId: world.producer.id, productId: world.product.id }) },
    effect: async ({ world }, answer) => expect(await bodyOf(answer)).toContain(world.product.name),
  }),
];
