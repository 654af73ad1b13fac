import { ProductUnit } from "@/generated/prisma/enums";
import { SHOP_PAGE_SIZE } from "@/lib/domain/shop/get-shop";
import { LIMITS } from "@/lib/domain/throttle/limits";
import { PRODUCT_CATEGORIES } from "@/lib/validation/product-categories";
import { SHOP_MAX_PAGE } from "@/lib/validation/shop-filters";
import { API_CACHE_CONTROL } from "../public-api";

// The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. Written by hand, next to the views it
// describes (lib/api/v1/views.ts): tests/actions/public-api.test.ts checks every answer of the real handlers, and
// every example below, against these schemas (JSON Schema 2020-12), and every object is closed
// (additionalProperties: false), so a field added to an answer without being described here fails that test.

// The part of JSON Schema 2020-12 this document uses.
export type JsonSchema = {
  $ref?: string;
  type?: "object" | "array" | "string" | "integer" | "number" | "boolean" | "null" | ("string" | "null")[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: JsonSchema;
  enum?: readonly (string | null)[];
  const?: string | boolean;
  format?: "date-time" | "uri";
  pattern?: string;
  minimum?: number;
  maximum?: number;
};

type Parameter = {
  name: string;
  in: "path" | "query" | "header";
  required?: boolean;
  description: string;
  schema: JsonSchema;
};
type Ref = { $ref: string };
type Header = { description: string; schema: JsonSchema };
type Response = {
  description: string;
  headers?: Record<string, Header | Ref>;
  content?: Record<string, { schema: JsonSchema; example?: unknown }>;
};
type Operation = {
  operationId: string;
  summary: string;
  description?: string;
  parameters?: (Parameter | Ref)[];
  responses: Record<string, Response | Ref>;
};
export type OpenApiDocument = {
  openapi: "3.1.0";
  jsonSchemaDialect: string;
  info: { title: string; version: string; description: string; license: { name: string; identifier: string } };
  servers: { url: string }[];
  paths: Record<string, { get: Operation }>;
  components: {
    schemas: Record<string, JsonSchema>;
    parameters: Record<string, Parameter>;
    headers: Record<string, Header>;
    responses: Record<string, Response>;
  };
};

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const string = (description: string): JsonSchema => ({ type: "string", description });
const nullableString = (description: string): JsonSchema => ({ type: ["string", "null"], description });
const url = (description: string): JsonSchema => ({ type: "string", format: "uri", description });
const nullableUrl = (description: string): JsonSchema => ({ type: ["string", "null"], format: "uri", description });
const object = (properties: Record<string, JsonSchema>, description?: string): JsonSchema => ({
  type: "object",
  ...(description ? { description } : {}),
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});
// An instant in ISO 8601 with the market's UTC offset at that instant: the wall-clock time there.
const zonedInstant = (description: string): JsonSchema => ({
  type: "string",
  format: "date-time",
  pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?[+-]\\d{2}:\\d{2}$",
  description: `${description}, in ISO 8601 with the offset of the market's time zone (\`timeZone\`) at that instant`,
});
const decimal = (description: string): JsonSchema => ({
  type: "string",
  pattern: "^\\d+(\\.\\d+)?$",
  description: `${description}, as a decimal number in a string`,
});

const timing = {
  timeZone: string("The market's IANA time zone, in which the instants below are written"),
  ordersOpenAt: zonedInstant("When orders open"),
  ordersCloseAt: zonedInstant("When orders close"),
  pickupStartAt: zonedInstant("When pick-up starts"),
  pickupEndAt: zonedInstant("When pick-up ends"),
};

const schemas: Record<string, JsonSchema> = {
  Error: object({
    error: object({
      code: { type: "string", enum: ["not_found", "invalid_parameter", "rate_limited"], description: "Stable" },
      message: string("For the developer reading it; may change"),
    }),
  }),
  Place: object({
    name: string("The pick-up place's name"),
    address: nullableString("Street address"),
    zipCode: nullableString("Postal code"),
    city: nullableString("Town"),
  }),
  Market: object(
    {
      slug: string("The market's identifier, as in its shared link /m/<slug>"),
      name: string("Name"),
      shortDescription: nullableString("One-line presentation"),
      description: nullableString("Presentation, plain text with line breaks"),
      timeZone: string("IANA time zone in which the market's dates are given"),
      logoUrl: nullableUrl("Logo image"),
      pageUrl: url("The market's public page"),
      places: { type: "array", items: ref("Place"), description: "Its pick-up places" },
      distributionsUrl: url("Its upcoming distributions in this API"),
    },
    "What the market's public page shows of it. Its contact person is not given.",
  ),
  DistributionState: {
    type: "string",
    enum: ["NOT_YET_OPEN", "OPEN", "CLOSED", "DISTRIBUTED", "VALIDATED", "CANCELLED"],
    description: "Orders not yet open, open, closed; pick-up started, the distribution validated, or cancelled",
  },
  ProducerSummary: object({
    slug: string("The producer's identifier, as in its public page /producteurs/<slug>"),
    name: string("The farm's or business's name"),
    pageUrl: url("The producer's public page"),
  }),
  Distribution: object({
    id: string("Identifier"),
    name: nullableString("Name given by the market, if any"),
    note: nullableString("The market's note for shoppers"),
    state: ref("DistributionState"),
    ...timing,
    place: object({ name: string("The pick-up place's name"), city: nullableString("Town") }),
    producers: {
      type: "array",
      items: ref("ProducerSummary"),
      description: "The producers whose catalogs this distribution accepted",
    },
    shopUrl: url("The distribution's shop page"),
    productsUrl: url("Its products in this API"),
  }),
  Distributions: object({
    market: object({ slug: string("Identifier"), name: string("Name"), timeZone: timing.timeZone }),
    distributions: {
      type: "array",
      items: ref("Distribution"),
      description: "Those whose pick-up is not over, soonest first (at most 12)",
    },
  }),
  Product: object({
    id: string("Identifier"),
    name: string("Name"),
    description: nullableString("Description"),
    category: { type: "string", enum: PRODUCT_CATEGORIES, description: "Shop category" },
    producer: object({ slug: string("The producer's identifier"), name: string("The producer's name") }),
    unit: { type: "string", enum: Object.values(ProductUnit), description: "Unit of quantityPerUnit" },
    quantityPerUnit: decimal("How much of `unit` one item holds (500 with G: a 500 g pack; 1 with KG: by the kilo)"),
    bulk: { type: "boolean", description: "Sold loose (« vrac »), in decimal quantities by `step`" },
    step: { ...decimal("The quantity step of a bulk product"), type: ["string", "null"] },
    variableWeight: { type: "boolean", description: "Weighed at pick-up: the price is per `unit`" },
    organic: { type: "boolean", description: "Certified organic" },
    price: object({
      amountCents: { type: "integer", minimum: 0, description: "Price of one item, VAT included, in cents" },
      currency: { type: "string", const: "EUR", description: "ISO 4217" },
      vatIncluded: { type: "boolean", const: true, description: "Prices include VAT" },
      vatRate: decimal("VAT rate in percent (5.5, 20)"),
    }),
    stock: {
      type: "string",
      enum: ["UNLIMITED", "IN_STOCK", "SOLD_OUT"],
      description: "Stock not managed, some left, none left (how much is left is not given, as on the shop page)",
    },
    imageUrl: nullableUrl("Photo"),
  }),
  ProductsPage: object({
    distribution: object({
      id: string("Identifier"),
      name: nullableString("Name given by the market, if any"),
      state: ref("DistributionState"),
      market: object({ slug: string("The market's identifier"), name: string("The market's name") }),
      ...timing,
      place: object({
        name: string("The pick-up place's name"),
        address: nullableString("Street address"),
        city: nullableString("Town"),
      }),
    }),
    page: { type: "integer", minimum: 1, description: "This page's number" },
    pages: { type: "integer", minimum: 1, description: "How many pages there are" },
    total: { type: "integer", minimum: 0, description: "How many products the distribution offers" },
    products: {
      type: "array",
      items: ref("Product"),
      description: `Up to ${SHOP_PAGE_SIZE}, by category then name (the shop's order)`,
    },
  }),
};

const EXAMPLE = "https://cabas.example.org";
const MARKET_EXAMPLE = {
  slug: "amap-captieux",
  name: "AMAP de Captieux",
  shortDescription: "Légumes, pain et fromages du Bazadais, chaque jeudi.",
  description: "Une AMAP associative.\nRetrait à la salle des fêtes.",
  timeZone: "Europe/Paris",
  logoUrl: `${EXAMPLE}/images/clx0logo0000000000000000`,
  pageUrl: `${EXAMPLE}/m/amap-captieux`,
  places: [{ name: "Salle des fêtes", address: "1 place de la Mairie", zipCode: "33840", city: "Captieux" }],
  distributionsUrl: `${EXAMPLE}/api/v1/markets/amap-captieux/distributions`,
};
const TIMING_EXAMPLE = {
  timeZone: "Europe/Paris",
  ordersOpenAt: "2026-11-26T08:00:00.000+01:00",
  ordersCloseAt: "2026-12-02T19:00:00.000+01:00",
  pickupStartAt: "2026-12-03T19:00:00.000+01:00",
  pickupEndAt: "2026-12-03T20:00:00.000+01:00",
};
const DISTRIBUTIONS_EXAMPLE = {
  market: { slug: "amap-captieux", name: "AMAP de Captieux", timeZone: "Europe/Paris" },
  distributions: [
    {
      id: "clx0dist000000000000000000",
      name: null,
      note: "Pensez à vos sacs.",
      state: "OPEN",
      ...TIMING_EXAMPLE,
      place: { name: "Salle des fêtes", city: "Captieux" },
      producers: [
        { slug: "ferme-des-cocus", name: "Ferme des Cocus", pageUrl: `${EXAMPLE}/producteurs/ferme-des-cocus` },
      ],
      shopUrl: `${EXAMPLE}/m/amap-captieux/distributions/clx0dist000000000000000000`,
      productsUrl: `${EXAMPLE}/api/v1/markets/amap-captieux/distributions/clx0dist000000000000000000/products`,
    },
  ],
};
const PRODUCTS_EXAMPLE = {
  distribution: {
    id: "clx0dist000000000000000000",
    name: null,
    state: "OPEN",
    market: { slug: "amap-captieux", name: "AMAP de Captieux" },
    ...TIMING_EXAMPLE,
    place: { name: "Salle des fêtes", address: "1 place de la Mairie", city: "Captieux" },
  },
  page: 1,
  pages: 1,
  total: 2,
  products: [
    {
      id: "clx0prod000000000000000001",
      name: "Carottes",
      description: null,
      category: "FRUITS_VEGETABLES",
      producer: { slug: "ferme-des-cocus", name: "Ferme des Cocus" },
      unit: "KG",
      quantityPerUnit: "1",
      bulk: true,
      step: "0.5",
      variableWeight: false,
      organic: true,
      price: { amountCents: 320, currency: "EUR", vatIncluded: true, vatRate: "5.5" },
      stock: "IN_STOCK",
      imageUrl: `${EXAMPLE}/images/clx0img0000000000000000001`,
    },
    {
      id: "clx0prod000000000000000002",
      name: "Tomme de brebis",
      description: "Affinée 3 mois.",
      category: "DAIRY",
      producer: { slug: "ferme-des-cocus", name: "Ferme des Cocus" },
      unit: "G",
      quantityPerUnit: "500",
      bulk: false,
      step: null,
      variableWeight: false,
      organic: false,
      price: { amountCents: 1150, currency: "EUR", vatIncluded: true, vatRate: "5.5" },
      stock: "SOLD_OUT",
      imageUrl: null,
    },
  ],
};

const json = (schema: string, example: unknown) => ({
  "application/json": { schema: ref(schema), example },
});
const responseRef = (name: string) => ({ $ref: `#/components/responses/${name}` });
const headerRef = (name: string) => ({ $ref: `#/components/headers/${name}` });
const cached = { "Cache-Control": headerRef("CacheControl"), ETag: headerRef("ETag") };
const errors = { "304": responseRef("NotModified"), "429": responseRef("TooManyRequests") };
const slugParameter = { $ref: "#/components/parameters/slug" };
const ifNoneMatch = { $ref: "#/components/parameters/ifNoneMatch" };
const limit = LIMITS.publicApiIp;

export function openApiDocument(baseUrl: string): OpenApiDocument {
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Cabas public API",
      version: "1.0.0",
      description:
        "What Cabas's public pages show of its markets, as JSON: a market, its upcoming distributions and their " +
        "producers, a distribution's products. Read-only, no personal data, no sign-in. Answers may be kept by " +
        `any cache (\`${API_CACHE_CONTROL}\`) and carry an ETag: send it back in If-None-Match for a 304. Any ` +
        `site may call it (CORS). Each client address may make ${limit.points} requests every ${limit.duration} ` +
        'seconds; past that the answer is 429 with Retry-After. Errors answer `{ "error": { "code", "message" } }`.',
      license: { name: "AGPL-3.0-or-later", identifier: "AGPL-3.0-or-later" },
    },
    servers: [{ url: `${baseUrl}/api/v1` }],
    paths: {
      "/markets/{slug}": {
        get: {
          operationId: "getMarket",
          summary: "A market's public page",
          parameters: [slugParameter, ifNoneMatch],
          responses: {
            "200": { description: "The market", headers: cached, content: json("Market", MARKET_EXAMPLE) },
            ...errors,
            "404": responseRef("NotFound"),
          },
        },
      },
      "/markets/{slug}/distributions": {
        get: {
          operationId: "listDistributions",
          summary: "A market's upcoming distributions and their producers",
          description: "Those whose pick-up is not over, cancelled ones included (state CANCELLED), soonest first.",
          parameters: [slugParameter, ifNoneMatch],
          responses: {
            "200": {
              description: "The distributions",
              headers: cached,
              content: json("Distributions", DISTRIBUTIONS_EXAMPLE),
            },
            ...errors,
            "404": responseRef("NotFound"),
          },
        },
      },
      "/markets/{slug}/distributions/{distributionId}/products": {
        get: {
          operationId: "listProducts",
          summary: "A page of the products a distribution offers",
          description:
            "The active products of the catalogs the distribution accepted, as its shop shows them, " +
            `${SHOP_PAGE_SIZE} a page.`,
          parameters: [
            slugParameter,
            {
              name: "distributionId",
              in: "path",
              required: true,
              description: "The distribution's id",
              schema: { type: "string" },
            },
            {
              name: "page",
              in: "query",
              description: "Page number, from 1",
              schema: { type: "integer", minimum: 1, maximum: SHOP_MAX_PAGE },
            },
            ifNoneMatch,
          ],
          responses: {
            "200": {
              description: "A page of products",
              headers: cached,
              content: json("ProductsPage", PRODUCTS_EXAMPLE),
            },
            ...errors,
            "400": {
              description: "A page number that is not a whole number from 1",
              content: json("Error", {
                error: {
                  code: "invalid_parameter",
                  message: `page must be a whole number from 1 to ${SHOP_MAX_PAGE}.`,
                },
              }),
            },
            "404": responseRef("NotFound"),
          },
        },
      },
      "/openapi.json": {
        get: {
          operationId: "getOpenApiDocument",
          summary: "This document",
          parameters: [ifNoneMatch],
          responses: {
            "200": {
              description: "The OpenAPI 3.1 document",
              headers: cached,
              content: { "application/json": { schema: { type: "object" } } },
            },
            ...errors,
          },
        },
      },
    },
    components: {
      schemas,
      parameters: {
        slug: {
          name: "slug",
          in: "path",
          required: true,
          description: "The market's identifier, as in its shared link /m/<slug>",
          schema: { type: "string" },
        },
        ifNoneMatch: {
          name: "If-None-Match",
          in: "header",
          description: "The ETag of a copy the client has: a 304 answers if it is still current",
          schema: { type: "string" },
        },
      },
      headers: {
        CacheControl: { description: "How long any cache may keep the answer", schema: { type: "string" } },
        ETag: { description: "This answer's version", schema: { type: "string" } },
        RetryAfter: { description: "Seconds to wait", schema: { type: "integer", minimum: 1 } },
      },
      responses: {
        NotModified: { description: "The copy named by If-None-Match is current", headers: cached },
        NotFound: {
          description: "No market, or no distribution of that market, at this address",
          content: json("Error", { error: { code: "not_found", message: "Nothing public at this address." } }),
        },
        TooManyRequests: {
          description: `More than ${limit.points} requests from this address in ${limit.duration} seconds`,
          headers: { "Retry-After": headerRef("RetryAfter") },
          content: json("Error", {
            error: { code: "rate_limited", message: "Too many requests: try again in 42 s." },
          }),
        },
      },
    },
  };
}
