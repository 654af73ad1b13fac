import Ajv2020 from "ajv/dist/2020";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import type { OpenApiDocument } from "@/lib/api/v1/openapi";
import { LIMITS } from "@/lib/domain/throttle/limits";
import { expirePublicPages } from "@/lib/public-cache";
import { createDistribution, createMembership, createParticipation, createUser } from "../support/factories";
import { openSale, type Sale } from "../support/sale";

// The public read API (/api/v1) through its real route handlers, on the reads the public pages make: what each
// address answers, checked against the OpenAPI document's own schemas, and that nobody's personal data is in it.
// Next's data cache is stood in for by one that keeps each read's value as Next does (through JSON), until a tag
// is dropped.
const cache = vi.hoisted(() => new Map<string, unknown>());
vi.mock("next/cache", () => ({
  unstable_cache:
    <T>(read: () => Promise<T>, keyParts: string[]) =>
    async () => {
      const key = JSON.stringify(keyParts);
      if (!cache.has(key)) cache.set(key, JSON.parse(JSON.stringify(await read())));
      return cache.get(key) as T;
    },
  revalidateTag: () => cache.clear(),
  updateTag: () => cache.clear(),
}));

const market = await import("@/app/api/v1/markets/[slug]/route");
const distributions = await import("@/app/api/v1/markets/[slug]/distributions/route");
const products = await import("@/app/api/v1/markets/[slug]/distributions/[distributionId]/products/route");
const openapi = await import("@/app/api/v1/openapi.json/route");
const elsewhere = await import("@/app/api/v1/[...path]/route");

// One proxy in front (as on Vercel): each test asks from its own address, so that limits stay apart.
process.env.TRUSTED_PROXY_COUNT = "1";
process.env.APP_URL = "https://cabas.example.org";
let lastAddress = 0;
const newAddress = () => {
  lastAddress += 1;
  return `10.0.${Math.floor(lastAddress / 256)}.${lastAddress % 256}`;
};

const requestOf = (path: string, ip: string, headers: Record<string, string> = {}) =>
  new Request(`https://cabas.example.org/api/v1${path}`, { headers: { "X-Forwarded-For": ip, ...headers } });
const paramsOf = <T>(params: T) => ({ params: Promise.resolve(params) });

// The document's schemas in a JSON Schema 2020-12 validator, strict (an unknown keyword is an error), formats
// checked.
async function schemaValidator() {
  const response = await openapi.GET(requestOf("/openapi.json", newAddress()));
  expect(response.status).toBe(200);
  const document = (await response.json()) as OpenApiDocument;
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addFormat("date-time", (text: string) => !Number.isNaN(Date.parse(text)));
  ajv.addFormat("uri", (text: string) => URL.canParse(text));
  const schemas = JSON.parse(
    JSON.stringify(document.components.schemas).replaceAll("#/components/schemas/", "#/$defs/"),
  );
  ajv.addSchema({ $id: "cabas", $defs: schemas });
  const check = (name: string, value: unknown) => {
    const validate = ajv.getSchema(`cabas#/$defs/${name}`)!;
    expect(validate(value), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  };
  return { document, check };
}
let validator: Awaited<ReturnType<typeof schemaValidator>>;
beforeAll(async () => {
  validator = await schemaValidator();
});
const check = (name: string, value: unknown) => validator.check(name, value);

// What a 200 carries besides its body.
function expectPublicJson(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  expect(response.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=300");
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  expect(response.headers.get("etag")).toMatch(/^"[\w-]{27}"$/);
}

// A market whose people and producer have contact details of every kind, published or not, so that any of them
// leaking into an answer shows.
let markets = 0;
const secretsOf = (n: number) => ({
  marketContactEmail: `coordination.privee.${n}@example.test`,
  marketContactPhone: "05 56 11 22 33",
  marketContactName: "Dominique Secret",
  producerEmail: `ferme.privee.${n}@example.test`,
  producerPhone: "05 56 44 55 66",
  producerAddress: "12 chemin du Secret",
  farmerEmail: `paysanne.${n}@example.test`,
  farmerPhone: "06 12 34 56 78",
  memberEmail: `adherent.${n}@example.test`,
  memberPhone: "06 98 76 54 32",
  memberAddress: "3 rue des Adhérents",
  memberName: "Zébulon",
});
let SECRETS = secretsOf(0);

async function marketWithPeople(): Promise<Sale & { slug: string }> {
  const sale = await openSale({ now: new Date() });
  SECRETS = secretsOf(++markets);
  await db().market.update({
    where: { id: sale.market.id },
    data: {
      contactName: SECRETS.marketContactName,
      contactEmail: SECRETS.marketContactEmail,
      contactPhone: SECRETS.marketContactPhone,
      shortDescription: "Légumes du Bazadais",
      timeZone: "Europe/Paris",
    },
  });
  // The producer publishes its phone and e-mail on its page; the API gives neither.
  await db().producer.update({
    where: { id: sale.producer.id },
    data: {
      email: SECRETS.producerEmail,
      phone: SECRETS.producerPhone,
      address: SECRETS.producerAddress,
      city: "Captieux",
      publishPhone: true,
      publishEmail: true,
    },
  });
  await db().user.update({
    where: { id: sale.farmer.userId },
    data: { email: SECRETS.farmerEmail, phone: SECRETS.farmerPhone },
  });
  const member = await createUser({
    email: SECRETS.memberEmail,
    phone: SECRETS.memberPhone,
    address: SECRETS.memberAddress,
    firstName: SECRETS.memberName,
  });
  await createMembership(sale.market.id, member.id);
  return { ...sale, slug: sale.market.slug };
}

function expectNoPersonalData(body: string) {
  for (const [what, secret] of Object.entries(SECRETS)) expect(body, what).not.toContain(secret);
  expect(body).not.toMatch(/@/);
}

describe("GET /api/v1/markets/<slug>", () => {
  it("answers the market page's data, described by the document, and nobody's contact details", async () => {
    const sale = await marketWithPeople();
    const response = await market.GET(requestOf(`/markets/${sale.slug}`, newAddress()), paramsOf({ slug: sale.slug }));
    expectPublicJson(response);
    const text = await response.text();
    const body = JSON.parse(text);
    check("Market", body);
    expect(body).toEqual({
      slug: sale.slug,
      name: "La Cagette",
      shortDescription: "Légumes du Bazadais",
      description: null,
      timeZone: "Europe/Paris",
      logoUrl: null,
      pageUrl: `https://cabas.example.org/m/${sale.slug}`,
      places: [{ name: "Salle des fêtes", address: "1 place de la Mairie", zipCode: "33840", city: "Captieux" }],
      distributionsUrl: `https://cabas.example.org/api/v1/markets/${sale.slug}/distributions`,
    });
    expectNoPersonalData(text);
  });

  it("answers 404 with the error shape for a market that does not exist", async () => {
    const response = await market.GET(requestOf("/markets/nulle-part", newAddress()), paramsOf({ slug: "nulle-part" }));
    expect(response.status).toBe(404);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = await response.json();
    check("Error", body);
    expect(body).toEqual({ error: { code: "not_found", message: "Nothing public at this address." } });
  });

  it("answers 304 to the current ETag, in a list or weak, and 200 with a new one once the market page's data changed", async () => {
    const sale = await marketWithPeople();
    const ask = (headers: Record<string, string> = {}) =>
      market.GET(requestOf(`/markets/${sale.slug}`, newAddress(), headers), paramsOf({ slug: sale.slug }));
    const first = await ask();
    const etag = first.headers.get("etag")!;
    for (const ifNoneMatch of [etag, `"autre", W/${etag}`, "*"]) {
      const again = await ask({ "If-None-Match": ifNoneMatch });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("etag")).toBe(etag);
      expect(again.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=300");
    }
    expect((await ask({ "If-None-Match": '"autre"' })).status).toBe(200);
    await db().market.update({ where: { id: sale.market.id }, data: { name: "La Cagette de Captieux" } });
    expect((await ask({ "If-None-Match": etag })).status).toBe(304);
    // What the market's settings action does after saving.
    expirePublicPages();
    const changed = await ask({ "If-None-Match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect((await changed.json()).name).toBe("La Cagette de Captieux");
  });
});

describe("GET /api/v1/markets/<slug>/distributions", () => {
  it("lists the upcoming distributions, dated in the market's time zone, with the producers they accepted", async () => {
    const sale = await marketWithPeople();
    const now = new Date();
    // Over already: not listed.
    await createDistribution(sale.market, { now, inDays: -3 });
    // A producer invited who has not answered: not listed.
    const later = await createDistribution(sale.market, { now, inDays: 11 });
    const other = await db().producer.create({
      data: { slug: `ferme-en-attente-${later.id}`, name: "Ferme en attente" },
    });
    const otherCatalog = await db().catalog.create({ data: { producerId: other.id, name: "Légumes" } });
    await db().catalogLink.create({ data: { catalogId: otherCatalog.id, marketId: sale.market.id } });
    await createParticipation(later.id, otherCatalog.id, "INVITED");
    await createParticipation(later.id, sale.catalog.id);

    const response = await distributions.GET(
      requestOf(`/markets/${sale.slug}/distributions`, newAddress()),
      paramsOf({ slug: sale.slug }),
    );
    expectPublicJson(response);
    const text = await response.text();
    const body = JSON.parse(text);
    check("Distributions", body);
    expect(body.market).toEqual({ slug: sale.slug, name: "La Cagette", timeZone: "Europe/Paris" });
    expect(body.distributions.map((d: { id: string }) => d.id)).toEqual([sale.distribution.id, later.id]);
    const [first] = body.distributions;
    const offset = (instant: Date) =>
      new Intl.DateTimeFormat("en", { timeZone: "Europe/Paris", timeZoneName: "longOffset" })
        .formatToParts(instant)
        .find((part) => part.type === "timeZoneName")!
        .value.replace("GMT", "");
    // Pick-up 19:00–20:00 wall-clock time in Paris, whatever the season's offset.
    expect(first.pickupStartAt).toBe(
      `${first.pickupStartAt.slice(0, 10)}T19:00:00.000${offset(sale.distribution.pickupStartAt)}`,
    );
    expect(new Date(first.pickupStartAt).getTime()).toBe(sale.distribution.pickupStartAt.getTime());
    expect(new Date(first.pickupEndAt).getTime()).toBe(sale.distribution.pickupEndAt.getTime());
    expect(first).toMatchObject({
      state: "OPEN",
      timeZone: "Europe/Paris",
      place: { name: "Salle des fêtes", city: "Captieux" },
      producers: [
        {
          slug: sale.producer.slug,
          name: "Ferme des Cocus",
          pageUrl: `https://cabas.example.org/producteurs/${sale.producer.slug}`,
        },
      ],
      shopUrl: `https://cabas.example.org/m/${sale.slug}/distributions/${sale.distribution.id}`,
      productsUrl: `https://cabas.example.org/api/v1/markets/${sale.slug}/distributions/${sale.distribution.id}/products`,
    });
    expect(body.distributions[1].producers.map((p: { name: string }) => p.name)).toEqual(["Ferme des Cocus"]);
    expectNoPersonalData(text);
  });
});

describe("GET /api/v1/markets/<slug>/distributions/<id>/products", () => {
  it("lists the offered products with price in cents, VAT rate and stock state, never the stock itself", async () => {
    const sale = await marketWithPeople();
    const image = await db().image.create({
      data: { mimeType: "image/png", data: Buffer.from("png"), width: 1, height: 1 },
    });
    const carrots = await sale.product({
      name: "Carottes",
      category: "FRUITS_VEGETABLES",
      unit: "KG",
      bulk: true,
      step: "0.5",
      priceCents: 320,
      vatRateBp: 550,
      organic: true,
      stock: "37.5",
      imageId: image.id,
    });
    const wine = await sale.product({
      name: "Vin rouge",
      category: "DRINKS",
      unit: "CL",
      quantityPerUnit: 75,
      priceCents: 1290,
      vatRateBp: 2000,
    });
    const cheese = await sale.product({
      name: "Tomme",
      category: "DAIRY",
      unit: "G",
      quantityPerUnit: 500,
      priceCents: 1150,
      stock: 0,
    });
    // Switched off: not offered.
    await sale.product({ name: "Poireaux", active: false });
    // From a catalog the distribution did not accept: not offered.
    const other = await db().producer.create({ data: { slug: `autre-${sale.slug}`, name: "Autre ferme" } });
    const otherCatalog = await db().catalog.create({ data: { producerId: other.id, name: "Autre" } });
    await db().catalogLink.create({ data: { catalogId: otherCatalog.id, marketId: sale.market.id } });
    await db().product.create({ data: { catalogId: otherCatalog.id, name: "Navets", priceCents: 200 } });

    const path = `/markets/${sale.slug}/distributions/${sale.distribution.id}/products`;
    const params = paramsOf({ slug: sale.slug, distributionId: sale.distribution.id });
    const response = await products.GET(requestOf(path, newAddress()), params);
    expectPublicJson(response);
    const text = await response.text();
    const body = JSON.parse(text);
    check("ProductsPage", body);
    expect(body).toMatchObject({
      distribution: {
        id: sale.distribution.id,
        state: "OPEN",
        market: { slug: sale.slug, name: "La Cagette" },
        timeZone: "Europe/Paris",
        place: { name: "Salle des fêtes", address: "1 place de la Mairie", city: "Captieux" },
      },
      page: 1,
      pages: 1,
      total: 3,
    });
    const producer = { slug: sale.producer.slug, name: "Ferme des Cocus" };
    expect(body.products).toEqual([
      {
        id: carrots.id,
        name: "Carottes",
        description: null,
        category: "FRUITS_VEGETABLES",
        producer,
        unit: "KG",
        quantityPerUnit: "1",
        bulk: true,
        step: "0.5",
        variableWeight: false,
        organic: true,
        price: { amountCents: 320, currency: "EUR", vatIncluded: true, vatRate: "5.5" },
        stock: "IN_STOCK",
        imageUrl: `https://cabas.example.org/images/${image.id}`,
      },
      expect.objectContaining({
        id: cheese.id,
        unit: "G",
        quantityPerUnit: "500",
        price: { amountCents: 1150, currency: "EUR", vatIncluded: true, vatRate: "5.5" },
        stock: "SOLD_OUT",
        imageUrl: null,
      }),
      expect.objectContaining({
        id: wine.id,
        price: { amountCents: 1290, currency: "EUR", vatIncluded: true, vatRate: "20" },
        stock: "UNLIMITED",
      }),
    ]);
    expect(text).not.toContain("37.5");
    expectNoPersonalData(text);
  });

  it("says sold out as soon as the stock is gone, whatever the cached shop page read", async () => {
    const sale = await marketWithPeople();
    const eggs = await sale.product({ name: "Œufs", stock: 2 });
    const path = `/markets/${sale.slug}/distributions/${sale.distribution.id}/products`;
    const params = paramsOf({ slug: sale.slug, distributionId: sale.distribution.id });
    const ask = async () =>
      (await (await products.GET(requestOf(path, newAddress()), params)).json()).products[0].stock;
    expect(await ask()).toBe("IN_STOCK");
    await db().product.update({ where: { id: eggs.id }, data: { stock: 0 } });
    expect(await ask()).toBe("SOLD_OUT");
  });

  it("answers 404 for a distribution unknown or of another market, 400 for a page that is not one", async () => {
    const sale = await marketWithPeople();
    const elsewhere = await openSale({ now: new Date() });
    for (const [slug, distributionId] of [
      [sale.slug, "inconnue"],
      [sale.slug, elsewhere.distribution.id],
      ["nulle-part", sale.distribution.id],
    ]) {
      const response = await products.GET(
        requestOf(`/markets/${slug}/distributions/${distributionId}/products`, newAddress()),
        paramsOf({ slug, distributionId }),
      );
      expect(response.status, `${slug} ${distributionId}`).toBe(404);
      check("Error", await response.json());
    }
    const params = paramsOf({ slug: sale.slug, distributionId: sale.distribution.id });
    const path = `/markets/${sale.slug}/distributions/${sale.distribution.id}/products`;
    for (const page of ["0", "deux", "1.5", "01", "1001"]) {
      const response = await products.GET(requestOf(`${path}?page=${page}`, newAddress()), params);
      expect(response.status, page).toBe(400);
      const body = await response.json();
      check("Error", body);
      expect(body.error.code).toBe("invalid_parameter");
    }
    const empty = await products.GET(requestOf(`${path}?page=2`, newAddress()), params);
    expect(await empty.json()).toMatchObject({ page: 2, pages: 1, total: 0, products: [] });
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("describes the API in OpenAPI 3.1, and every example in it fits its schema", async () => {
    const { document } = validator;
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers).toEqual([{ url: "https://cabas.example.org/api/v1" }]);
    expect(Object.keys(document.paths).sort()).toEqual([
      "/markets/{slug}",
      "/markets/{slug}/distributions",
      "/markets/{slug}/distributions/{distributionId}/products",
      "/openapi.json",
    ]);
    type Content = Record<string, { schema: { $ref?: string }; example?: unknown }>;
    const responses = Object.values(document.paths).flatMap((path) =>
      Object.values(path.get.responses).map((r) =>
        "$ref" in r ? document.components.responses[r.$ref.split("/").pop()!] : r,
      ),
    );
    const examples = responses.flatMap((r) =>
      Object.values((r.content ?? {}) as Content).filter((c) => c.example !== undefined),
    );
    expect(examples.length).toBeGreaterThanOrEqual(6);
    for (const { schema, example } of examples) check(schema.$ref!.split("/").pop()!, example);
  });

  it("answers any other address under /api/v1 with a 404 in the error shape", async () => {
    const response = await elsewhere.GET(requestOf("/producers", newAddress()));
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/json");
    check("Error", await response.json());
  });

  it("answers a browser's preflight for any site", () => {
    const response = openapi.OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-headers")).toBe("If-None-Match");
  });
});

describe("the request limit", () => {
  it(`refuses an address past ${LIMITS.publicApiIp.points} requests in a minute with 429 and Retry-After, not others`, async () => {
    const sale = await marketWithPeople();
    const ip = newAddress();
    const ask = (from: string) => market.GET(requestOf(`/markets/${sale.slug}`, from), paramsOf({ slug: sale.slug }));
    for (let i = 0; i < LIMITS.publicApiIp.points; i++) expect((await ask(ip)).status).toBe(200);
    const refused = await ask(ip);
    expect(refused.status).toBe(429);
    const wait = Number(refused.headers.get("retry-after"));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(LIMITS.publicApiIp.duration);
    const body = await refused.json();
    check("Error", body);
    expect(body.error.code).toBe("rate_limited");
    expect((await ask(newAddress())).status).toBe(200);
  });

  it("counts together the requests whose address no proxy vouches for, whatever X-Forwarded-For they forge", async () => {
    process.env.TRUSTED_PROXY_COUNT = "0";
    try {
      const ask = (from: string) => openapi.GET(requestOf("/openapi.json", from));
      for (let i = 0; i < LIMITS.publicApiIp.points; i++) expect((await ask(newAddress())).status).toBe(200);
      expect((await ask(newAddress())).status).toBe(429);
    } finally {
      process.env.TRUSTED_PROXY_COUNT = "1";
    }
  });
});
