import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { blockedFor, consume, RateLimitedError } from "../throttle/limits";
import { isLiveApiToken } from "./api-tokens";
import { DFC_TYPE_OF, DFC_UNIT_OF, vatPercent } from "./units";
import { DFC_CONTEXT_URL } from "./vocabulary";

// Cabas's own terms beside DFC's, for what DFC 1.16 cannot say (bulk steps, variable weight): other platforms
// ignore them, a Cabas reading the export back keeps them (terms are matched by their local names).
export const CABAS_NAMESPACE = "urn:cabas:";

const PRODUCT_SELECT = {
  id: true,
  name: true,
  description: true,
  imageId: true,
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
} satisfies Prisma.ProductSelect;

export type DfcExportRequest = {
  producerId: string;
  // The secret of « Authorization: Bearer <secret> », when one was sent.
  bearer: string | null;
  // Who asks, for the limit on wrong keys: the client's address when known, else the producer asked about.
  requester: string | null;
  catalogId?: string | null;
  productId?: string;
  baseUrl: string;
  now: Date;
};

export type DfcExportAnswer =
  { status: 200; document: object } | { status: 401 | 404 } | { status: 429; retryAfterSeconds: number };

// GET /api/dfc/enterprises/<producer>/catalog_items and …/supplied_products/<product>: the producer as a
// dfc-b:Enterprise and the active products of the catalogs the request may read: all of them with one of the
// producer's live keys, the catalogs made public otherwise.
export async function readDfcExport(request: DfcExportRequest): Promise<DfcExportAnswer> {
  const { producerId, bearer, now } = request;
  let withKey = false;
  if (bearer !== null) {
    const limitKey = request.requester ?? `producer:${producerId}`;
    const blocked = await blockedFor("dfcTokenFailures", limitKey);
    if (blocked) return { status: 429, retryAfterSeconds: blocked.retryAfterSeconds };
    withKey = await isLiveApiToken(bearer, producerId, now);
    if (!withKey) {
      try {
        await consume("dfcTokenFailures", limitKey);
      } catch (error) {
        // The last failure allowed: refused as a wrong key this time, and as too many from the next one.
        if (!(error instanceof RateLimitedError)) throw error;
      }
      return { status: 401 };
    }
  }
  const producer = await db().producer.findUnique({
    where: { id: producerId },
    select: {
      id: true,
      name: true,
      description: true,
      website: true,
      catalogs: {
        where: {
          archivedAt: null,
          ...(withKey ? {} : { dfcPublic: true }),
          ...(request.catalogId ? { id: request.catalogId } : {}),
        },
        select: {
          products: {
            where: { active: true, ...(request.productId ? { id: request.productId } : {}) },
            orderBy: { name: "asc" },
            select: PRODUCT_SELECT,
          },
        },
      },
    },
  });
  // Nothing readable without a key looks the same as a producer that does not exist or closed its export.
  if (!producer || (!withKey && producer.catalogs.length === 0)) return { status: withKey ? 404 : 401 };
  const products = producer.catalogs.flatMap((c) => c.products);
  if (request.productId && products.length === 0) return { status: 404 };
  if (request.catalogId && producer.catalogs.length === 0) return { status: 404 };
  return { status: 200, document: dfcDocument(request.baseUrl, producer, products, !request.productId) };
}

type ExportedProduct = Prisma.ProductGetPayload<{ select: typeof PRODUCT_SELECT }>;

const money = (cents: number) => (cents / 100).toFixed(2);

function dfcDocument(
  baseUrl: string,
  producer: { id: string; name: string; description: string | null; website: string | null },
  products: ExportedProduct[],
  withEnterprise: boolean,
) {
  const enterprise = `${baseUrl}/api/dfc/enterprises/${producer.id}`;
  const graph: object[] = [];
  if (withEnterprise)
    graph.push({
      "@id": enterprise,
      "@type": "dfc-b:Enterprise",
      "dfc-b:name": producer.name,
      ...(producer.description ? { "dfc-b:hasDescription": producer.description } : {}),
      ...(producer.website ? { "dfc-b:websitePage": producer.website } : {}),
      "dfc-b:manages": products.map((p) => `${enterprise}/catalog_items/${p.id}`),
      "dfc-b:supplies": products.map((p) => `${enterprise}/supplied_products/${p.id}`),
    });
  for (const p of products) {
    const supplied = `${enterprise}/supplied_products/${p.id}`;
    const item = `${enterprise}/catalog_items/${p.id}`;
    const offer = `${enterprise}/offers/${p.id}`;
    const type = DFC_TYPE_OF[p.category];
    graph.push(
      {
        "@id": supplied,
        "@type": "dfc-b:SuppliedProduct",
        "dfc-b:name": p.name,
        ...(p.description ? { "dfc-b:description": p.description } : {}),
        ...(type ? { "dfc-b:hasType": `dfc-pt:${type}` } : {}),
        "dfc-b:hasQuantity": {
          "@type": "dfc-b:QuantitativeValue",
          "dfc-b:hasUnit": `dfc-m:${DFC_UNIT_OF[p.unit]}`,
          "dfc-b:value": Number(p.quantityPerUnit.toString()),
        },
        ...(p.organic ? { "dfc-b:hasCertification": "dfc-f:Organic-EU" } : {}),
        ...(p.imageId ? { "dfc-b:image": `${baseUrl}/images/${p.imageId}` } : {}),
        "dfc-b:referencedBy": item,
        ...(p.bulk ? { "cabas:bulk": true } : {}),
        ...(p.variableWeight ? { "cabas:variableWeight": true } : {}),
        ...(p.step !== null ? { "cabas:step": Number(p.step.toString()) } : {}),
        ...(p.maxPriceCents !== null ? { "cabas:maxPrice": Number(money(p.maxPriceCents)) } : {}),
      },
      {
        "@id": item,
        "@type": "dfc-b:CatalogItem",
        "dfc-b:references": supplied,
        "dfc-b:sku": p.id,
        // -1: no limit, as the Food Data Collaboration writes it.
        "dfc-b:stockLimitation": p.stock === null ? -1 : Number(p.stock.toString()),
        "dfc-b:offeredThrough": offer,
        "dfc-b:managedBy": enterprise,
      },
      {
        "@id": offer,
        "@type": "dfc-b:Offer",
        "dfc-b:offeredItem": item,
        "dfc-b:hasPrice": {
          "@type": "dfc-b:Price",
          "dfc-b:value": Number(money(p.priceCents)),
          "dfc-b:VATrate": Number(vatPercent(p.vatRateBp)),
          "dfc-b:hasUnit": "dfc-m:Euro",
        },
      },
    );
  }
  return { "@context": [DFC_CONTEXT_URL, { cabas: CABAS_NAMESPACE }], "@graph": graph };
}
