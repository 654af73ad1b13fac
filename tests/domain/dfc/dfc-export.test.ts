import jsonld from "jsonld";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as catalogItems } from "@/app/api/dfc/enterprises/[producerId]/catalog_items/route";
import { GET as suppliedProduct } from "@/app/api/dfc/enterprises/[producerId]/supplied_products/[productId]/route";
import { db } from "@/lib/db/client";
import { createApiToken, hashApiToken, listApiTokens, revokeApiToken } from "@/lib/domain/dfc/api-tokens";
import { readDfcExport } from "@/lib/domain/dfc/dfc-export";
import { applyDfcImport } from "@/lib/domain/dfc/import-dfc-catalog";
import { setCatalogDfcPublic } from "@/lib/domain/dfc/set-catalog-public";
import { localDocumentLoader } from "@/lib/domain/dfc/vocabulary";
import { createCatalog } from "@/lib/domain/catalog/producer-catalogs";
import { seedDemo } from "@/prisma/seed";
import { createProduct } from "../../support/factories";
import { producerWithEmptyCatalog } from "./support";

const now = new Date("2026-11-20T10:00:00Z");
const BASE = "https://cabas.test";
// Each test's requests come from an address of their own: wrong keys are counted per client address.
let client = 0;
const read = (request: Partial<Parameters<typeof readDfcExport>[0]> & { producerId: string }) =>
  readDfcExport({ bearer: null, requester: `198.51.100.${client}`, baseUrl: BASE, now, ...request });
const namesIn = (answer: Awaited<ReturnType<typeof readDfcExport>>) =>
  answer.status === 200
    ? ((answer.document as { "@graph": Record<string, unknown>[] })["@graph"] ?? [])
        .filter((n) => n["@type"] === "dfc-b:SuppliedProduct")
        .map((n) => n["dfc-b:name"])
    : answer.status;

// A producer with two catalogs, « Légumes » (a product) and « Pains » (another), both closed to the public.
async function producerWithTwoCatalogs() {
  const { actor, producerId, catalogId } = await producerWithEmptyCatalog("Ferme exportée");
  const breads = await createCatalog({ actor, producerId, name: "Pains", description: null });
  const carrots = await createProduct(catalogId, { name: "Carottes", unit: "KG", priceCents: 240, stock: 12 });
  const bread = await createProduct(breads.id, { name: "Pain de campagne", priceCents: 420, category: "BAKERY" });
  return { actor, producerId, vegetables: catalogId, breads: breads.id, carrots, bread };
}

describe("the DFC export", () => {
  beforeEach(() => {
    client++;
  });

  it("is read with one of the producer's live keys, or without for the catalogs made public", async () => {
    const { actor, producerId, vegetables, breads, carrots } = await producerWithTwoCatalogs();
    expect(namesIn(await read({ producerId }))).toBe(401);

    const { secret } = await createApiToken({ actor, producerId, name: "Open Food Network" });
    // Only a hash is kept: the secret cannot be read back from the database.
    const [stored] = await db().apiToken.findMany({ where: { producerId } });
    expect(stored.tokenHash).toBe(hashApiToken(secret));
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(namesIn(await read({ producerId, bearer: secret }))).toEqual(["Carottes", "Pain de campagne"]);
    expect(namesIn(await read({ producerId, bearer: secret, catalogId: breads }))).toEqual(["Pain de campagne"]);
    expect((await listApiTokens({ actor, producerId }))[0].lastUsedAt).toEqual(now);

    // Another producer's key opens nothing here.
    const other = await producerWithEmptyCatalog("Autre ferme");
    const { secret: otherSecret } = await createApiToken({ ...other, name: "clé" });
    expect(namesIn(await read({ producerId, bearer: otherSecret }))).toBe(401);

    await setCatalogDfcPublic({ actor, catalogId: vegetables, dfcPublic: true });
    expect(namesIn(await read({ producerId }))).toEqual(["Carottes"]);
    expect(namesIn(await read({ producerId, catalogId: breads }))).toBe(401);
    expect((await read({ producerId, productId: carrots.id })).status).toBe(200);

    const [token] = await listApiTokens({ actor, producerId });
    await revokeApiToken({ actor, producerId, tokenId: token.id, now });
    expect(namesIn(await read({ producerId, bearer: secret }))).toBe(401);
    expect(await listApiTokens({ actor, producerId })).toEqual([]);
  });

  it("refuses a client after 20 wrong keys, even with a good one, for 15 minutes", async () => {
    const { actor, producerId } = await producerWithTwoCatalogs();
    const { secret } = await createApiToken({ actor, producerId, name: "clé" });
    for (let i = 0; i < 20; i++) expect((await read({ producerId, bearer: `cabas_wrong${i}` })).status).toBe(401);
    expect(await read({ producerId, bearer: secret })).toMatchObject({ status: 429 });
    // Another client is not held back by that one's failures.
    expect((await read({ producerId, bearer: secret, requester: "203.0.113.1" })).status).toBe(200);
  });

  it("expands with jsonld.js to the DFC types and properties Open Food Network publishes", async () => {
    const { actor, producerId, carrots } = await producerWithTwoCatalogs();
    await db().product.update({ where: { id: carrots.id }, data: { organic: true, category: "FRUITS_VEGETABLES" } });
    const { secret } = await createApiToken({ actor, producerId, name: "clé" });
    const answer = await read({ producerId, bearer: secret });
    if (answer.status !== 200) throw new Error(`export answered ${answer.status}`);
    const expanded = (await jsonld.expand(answer.document as jsonld.JsonLdDocument, {
      documentLoader: localDocumentLoader as never,
    })) as Record<string, unknown>[];
    const B = "https://github.com/datafoodconsortium/ontology/releases/latest/download/DFC_BusinessOntology.owl#";
    const M = "https://github.com/datafoodconsortium/taxonomies/releases/latest/download/measures.rdf#";
    const PT = "https://github.com/datafoodconsortium/taxonomies/releases/latest/download/productTypes.rdf#";
    const byType = (type: string) => expanded.filter((n) => (n["@type"] as string[]).includes(B + type));
    const enterprise = `${BASE}/api/dfc/enterprises/${producerId}`;
    expect(byType("Enterprise").map((n) => n["@id"])).toEqual([enterprise]);
    expect(byType("Enterprise")[0][B + "name"]).toEqual([{ "@value": "Ferme exportée" }]);
    expect(byType("Enterprise")[0][B + "supplies"]).toEqual([
      { "@id": `${enterprise}/supplied_products/${carrots.id}` },
      expect.objectContaining({ "@id": expect.stringMatching(/\/supplied_products\//) }),
    ]);

    const product = byType("SuppliedProduct").find(
      (n) => n["@id"] === `${enterprise}/supplied_products/${carrots.id}`,
    )!;
    expect(product[B + "name"]).toEqual([{ "@value": "Carottes" }]);
    expect(product[B + "hasType"]).toEqual([{ "@id": PT + "vegetable" }]);
    expect(product[B + "hasCertification"]).toEqual([{ "@id": expect.stringMatching(/facets\.rdf#Organic-EU$/) }]);
    expect(product[B + "hasQuantity"]).toEqual([
      {
        "@type": [B + "QuantitativeValue"],
        [B + "hasUnit"]: [{ "@id": M + "Kilogram" }],
        [B + "value"]: [{ "@value": 1 }],
      },
    ]);
    const item = byType("CatalogItem").find((n) => n["@id"] === `${enterprise}/catalog_items/${carrots.id}`)!;
    expect(item[B + "references"]).toEqual([{ "@id": product["@id"] }]);
    expect(item[B + "sku"]).toEqual([{ "@value": carrots.id }]);
    expect(item[B + "stockLimitation"]).toEqual([{ "@value": 12 }]);
    expect(item[B + "managedBy"]).toEqual([{ "@id": enterprise }]);
    const offer = byType("Offer").find(
      (n) => n["@id"] === (item[B + "offeredThrough"] as { "@id": string }[])[0]["@id"],
    )!;
    expect(offer[B + "hasPrice"]).toEqual([
      {
        "@type": [B + "Price"],
        [B + "value"]: [{ "@value": 2.4 }],
        [B + "VATrate"]: [{ "@value": 5.5 }],
        [B + "hasUnit"]: [{ "@id": M + "Euro" }],
      },
    ]);
  });

  it("answers as JSON-LD with an ETag, and 304 to a client that has it", async () => {
    const { actor, producerId, carrots } = await producerWithTwoCatalogs();
    const { secret } = await createApiToken({ actor, producerId, name: "clé" });
    const url = `http://cabas.test/api/dfc/enterprises/${producerId}/catalog_items`;
    const params = { params: Promise.resolve({ producerId }) };
    const auth = { Authorization: `Bearer ${secret}` };
    const first = await catalogItems(new Request(url, { headers: auth }), params);
    expect(first.status).toBe(200);
    expect(first.headers.get("Content-Type")).toBe("application/ld+json; charset=utf-8");
    const etag = first.headers.get("ETag")!;
    expect(etag).toMatch(/^".+"$/);
    const again = await catalogItems(new Request(url, { headers: { ...auth, "If-None-Match": etag } }), params);
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    await db().product.update({ where: { id: carrots.id }, data: { priceCents: 260 } });
    const changed = await catalogItems(new Request(url, { headers: { ...auth, "If-None-Match": etag } }), params);
    expect(changed.status).toBe(200);
    expect(changed.headers.get("ETag")).not.toBe(etag);

    const unauthorized = await catalogItems(new Request(url), params);
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
    const one = await suppliedProduct(new Request(`${url}/../supplied_products/${carrots.id}`, { headers: auth }), {
      params: Promise.resolve({ producerId, productId: carrots.id }),
    });
    expect(JSON.stringify(await one.json())).toContain("Carottes");
  });

  it("gives the same products when the demo catalogs are exported and imported into an empty catalog", async () => {
    const earlier = (await db().producer.findMany({ select: { id: true } })).map((p) => p.id);
    await seedDemo(now);
    const producers = await db().producer.findMany({
      where: { id: { notIn: earlier }, catalogs: { some: { products: { some: {} } } } },
    });
    const { actor, catalogId } = await producerWithEmptyCatalog("Ferme miroir");
    const columns = {
      name: true,
      description: true,
      category: true,
      unit: true,
      quantityPerUnit: true,
      priceCents: true,
      vatRateBp: true,
      organic: true,
      bulk: true,
      step: true,
      variableWeight: true,
      maxPriceCents: true,
      stock: true,
    } as const;
    const demo = await db().product.findMany({
      where: { catalog: { producerId: { in: producers.map((p) => p.id) } } },
      select: columns,
      orderBy: { name: "asc" },
    });
    expect(demo.length).toBeGreaterThan(30);
    // Bulk, variable weight and managed stock are among them.
    expect(demo.some((p) => p.bulk) && demo.some((p) => p.variableWeight) && demo.some((p) => p.stock)).toBe(true);
    for (const producer of producers) {
      await db().catalog.updateMany({ where: { producerId: producer.id }, data: { dfcPublic: true } });
      const answer = await read({ producerId: producer.id });
      if (answer.status !== 200) throw new Error(`export answered ${answer.status}`);
      await applyDfcImport({ actor, catalogId, text: JSON.stringify(answer.document) });
    }
    const imported = await db().product.findMany({ where: { catalogId }, select: columns, orderBy: { name: "asc" } });
    const comparable = (products: typeof demo) =>
      products.map((p) => ({
        ...p,
        quantityPerUnit: p.quantityPerUnit.toString(),
        step: p.step?.toString() ?? null,
        stock: p.stock?.toString() ?? null,
      }));
    expect(comparable(imported)).toEqual(comparable(demo));
  });
});
