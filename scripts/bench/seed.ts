// The bench market: 10,000 products (40 producers of 250, in every category, one in five with its stock managed)
// on one open distribution, 300 members, two volunteer roles. Written through Prisma to whichever database DATABASE_URL names.
import { db } from "../../lib/db/client";
import { addDays, dateFromDay, localDay, zonedInstant } from "../../lib/time";

export const BENCH_PRODUCERS = 40;
export const BENCH_PRODUCTS_PER_PRODUCER = 250;
export const BENCH_MEMBERS = 300;

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
  return {
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

function addDaysTo(date: Date, days: number) {
  return new Date(date.getTime() + days * 86_400_000);
}
