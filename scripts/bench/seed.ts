// The bench market: 10,000 products (40 producers of 250, in every category, one in five with its stock managed)
// on one open distribution, 300 members, two volunteer roles. Written through Prisma to whichever database DATABASE_URL names.
import { db } from "../../lib/db/client";
import { addDays, dateFromDay, localDay, zonedInstant } from "../../lib/time";

export const BENCH_PRODUCERS = 40;
export const BENCH_PRODUCTS_PER_PRODUCER = 250;
export const BENCH_MEMBERS = 300;
// The sold lines the report export streams (issue 19): past distributions of baskets of ten lines each.
export const BENCH_REPORT_LINES = 10_000;
const BASKET_LINES = 10;
const BASKETS_PER_DISTRIBUTION = 250;

// What the page addresses and what they must show are made of (scripts/bench/pages.ts), all read back from the
// seeded rows.
export type BenchMarket = {
  slug: string;
  name: string;
  distributionId: string;
  producerSlug: string;
  producerName: string;
  catalogNumber: number;
  memberIds: string[];
  // A product on the shop's first page, sold by the piece, stock not managed: each shopper of the round trip
  // adds one at a time.
  basketProduct: { id: string; name: string };
  products: number;
  // The market's admin, who downloads its sales report of `reportRange` (BENCH_REPORT_LINES lines).
  marketId: string;
  adminId: string;
  reportRange: { from: string; to: string };
};

const CATEGORIES = [
  "FRUITS_VEGETABLES",
  "DAIRY",
  "BAKERY",
  "GROCERY",
  "DRINKS",
  "PREPARED",
  "HYGIENE",
  "OTHER",
] as const;

export async function seedBenchMarket(now: Date): Promise<BenchMarket> {
  const tz = "Europe/Paris";
  const market = await db().market.create({
    data: {
      slug: "bench",
      name: "Marché de test de charge",
      shortDescription: "Un marché de 10 000 produits pour mesurer les pages publiques",
      places: { create: [{ name: "Halle", address: "1 place des Halles", zipCode: "69001", city: "Lyon" }] },
      dutyRoles: { create: [{ name: "Accueil" }, { name: "Caisse" }] },
    },
    select: { id: true, slug: true, name: true, places: { select: { id: true } } },
  });
  const memberIds = Array.from({ length: BENCH_MEMBERS }, (_, i) => `bench-user-${i}`);
  await db().user.createMany({
    data: memberIds.map((id, i) => ({
      id,
      email: `membre${i}@bench.test`,
      passwordHash: "x",
      firstName: "Membre",
      lastName: `N${i}`,
      emailVerifiedAt: now,
    })),
  });
  await db().membership.createMany({ data: memberIds.map((userId) => ({ marketId: market.id, userId })) });
  // The open sale, and the next one (not yet open) so that the market page lists both states.
  const distributionOn = (daysAhead: number, opensAt: Date) => {
    const day = addDays(localDay(now, tz), daysAhead);
    return db().distribution.create({
      data: {
        marketId: market.id,
        placeId: market.places[0].id,
        day: dateFromDay(day),
        pickupStartAt: zonedInstant(day, 17 * 60, tz),
        pickupEndAt: zonedInstant(day, 19 * 60, tz),
        ordersOpenAt: opensAt,
        ordersCloseAt: zonedInstant(addDays(day, -1), 20 * 60, tz),
      },
      select: { id: true },
    });
  };
  const open = await distributionOn(5, new Date(now.getTime() - 86_400_000));
  const next = await distributionOn(12, addDaysTo(now, 6));
  let first: { slug: string; name: string; catalogNumber: number } | null = null;
  for (let p = 0; p < BENCH_PRODUCERS; p++) {
    const producer = await db().producer.create({
      data: { slug: `bench-producer-${p}`, name: `Ferme ${p}`, city: "Lyon", zipCode: "69001" },
      select: { id: true, slug: true, name: true },
    });
    const catalog = await db().catalog.create({
      data: { producerId: producer.id, name: `Catalogue ${p}` },
      select: { id: true, number: true },
    });
    first ??= { slug: producer.slug, name: producer.name, catalogNumber: catalog.number };
    await db().catalogLink.create({ data: { catalogId: catalog.id, marketId: market.id } });
    await db().participation.createMany({
      data: [open.id, next.id].map((distributionId) => ({ catalogId: catalog.id, distributionId, status: "ACCEPTED" })),
    });
    await db().product.createMany({
      data: Array.from({ length: BENCH_PRODUCTS_PER_PRODUCER }, (_, i) => ({
        catalogId: catalog.id,
        name: `Produit ${p}-${String(i).padStart(3, "0")}`,
        description: i % 4 === 0 ? "Cultivé à moins de 30 km, récolté la veille." : null,
        priceCents: 100 + ((p * BENCH_PRODUCTS_PER_PRODUCER + i) % 2000),
        category: CATEGORIES[(p + i) % CATEGORIES.length],
        unit: i % 3 === 0 ? ("KG" as const) : ("PIECE" as const),
        bulk: i % 3 === 0,
        step: i % 3 === 0 ? 0.1 : null,
        organic: i % 5 === 0,
        // One in five has its stock managed (more than the bench sells): the shop page reads what is left live.
        stock: i % 5 === 2 ? 1_000 : null,
      })),
    });
  }
  // The first product sold by the piece in the shop's own order: on its first page.
  const basketProduct = await db().product.findFirstOrThrow({
    where: { catalog: { links: { some: { marketId: market.id } } }, unit: "PIECE", stock: null },
    orderBy: [{ category: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
  const report = await seedBenchSales(market, now);
  return {
    ...report,
    marketId: market.id,
    slug: market.slug,
    name: market.name,
    distributionId: open.id,
    producerSlug: first!.slug,
    producerName: first!.name,
    catalogNumber: first!.catalogNumber,
    memberIds,
    basketProduct,
    products: BENCH_PRODUCERS * BENCH_PRODUCTS_PER_PRODUCER,
  };
}

// The sales the report export streams: an admin, and BENCH_REPORT_LINES confirmed lines in past distributions (250
// baskets of ten different products each), written by three bulk statements: seconds, not minutes of row-by-row
// inserts. Line amounts are the database's own (generated columns).
async function seedBenchSales(market: { id: string; places: { id: string }[] }, now: Date) {
  const tz = "Europe/Paris";
  const admin = await db().user.create({
    data: {
      id: "bench-admin",
      email: "admin@bench.test",
      passwordHash: "x",
      firstName: "Admin",
      lastName: "Bench",
      emailVerifiedAt: now,
      memberships: { create: { marketId: market.id, isAdmin: true } },
    },
    select: { id: true },
  });
  const count = BENCH_REPORT_LINES / BASKET_LINES / BASKETS_PER_DISTRIBUTION;
  const days = Array.from({ length: count }, (_, i) => addDays(localDay(now, tz), -7 * (i + 1)));
  const distributionIds: string[] = [];
  for (const day of days) {
    const d = await db().distribution.create({
      data: {
        marketId: market.id,
        placeId: market.places[0].id,
        day: dateFromDay(day),
        pickupStartAt: zonedInstant(day, 17 * 60, tz),
        pickupEndAt: zonedInstant(day, 19 * 60, tz),
        ordersOpenAt: zonedInstant(addDays(day, -7), 8 * 60, tz),
        ordersCloseAt: zonedInstant(addDays(day, -1), 20 * 60, tz),
        lastBasketNumber: BASKETS_PER_DISTRIBUTION,
      },
      select: { id: true },
    });
    distributionIds.push(d.id);
  }
  await db().$executeRaw`
    INSERT INTO "Order" ("id", "marketId", "distributionId", "userId", "basketNumber", "paymentMethod", "confirmedAt", "updatedAt")
    SELECT 'bench-order-' || d.n || '-' || b.n, ${market.id}, d.id, 'bench-user-' || b.n, b.n + 1,
      (ARRAY['ON_SITE', 'TRANSFER', 'CARD'])[1 + b.n % 3]::"PaymentMethod", ${now}, ${now}
    FROM unnest(${distributionIds}::text[]) WITH ORDINALITY AS d(id, n), generate_series(0, ${BASKETS_PER_DISTRIBUTION - 1}) AS b(n)`;
  await db().$executeRaw`
    WITH p AS (
      SELECT p."id", p."name", p."priceCents", p."vatRateBp", (row_number() OVER (ORDER BY p."id") - 1)::int AS i
      FROM "Product" p JOIN "CatalogLink" cl ON cl."catalogId" = p."catalogId" WHERE cl."marketId" = ${market.id}
    )
    INSERT INTO "OrderLine" ("id", "orderId", "productId", "quantity", "heldQuantity", "unitPriceCents", "vatRateBp", "productName", "updatedAt")
    SELECT o."id" || '-' || k, o."id", p."id", 1, 1, p."priceCents", p."vatRateBp", p."name", ${now}
    FROM "Order" o CROSS JOIN generate_series(0, ${BASKET_LINES - 1}) AS k
    JOIN p ON p.i = ((o."basketNumber" - 1) * ${BASKET_LINES} + k) % (SELECT count(*) FROM p)
    WHERE o."distributionId" IN (SELECT unnest(${distributionIds}::text[]))`;
  return { adminId: admin.id, reportRange: { from: days[days.length - 1], to: days[0] } };
}

function addDaysTo(date: Date, days: number) {
  return new Date(date.getTime() + days * 86_400_000);
}
