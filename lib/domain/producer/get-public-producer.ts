import { db } from "@/lib/db/client";
import { DomainError } from "../errors";

// The producer's public page: presentation, active products, and the markets it sells at.
export async function getPublicProducerOrThrow(slug: string) {
  const producer = await db().producer.findUnique({
    where: { slug },
    select: {
      name: true,
      description: true,
      city: true,
      zipCode: true,
      website: true,
      photos: { select: { imageId: true }, orderBy: { position: "asc" }, take: 6 },
      catalogs: {
        where: { archivedAt: null },
        select: {
          name: true,
          products: {
            where: { active: true },
            orderBy: { name: "asc" },
            select: {
              id: true,
              name: true,
              unit: true,
              quantityPerUnit: true,
              priceCents: true,
              bulk: true,
              variableWeight: true,
              organic: true,
            },
          },
          links: { where: { unlinkedAt: null }, select: { market: { select: { name: true, slug: true } } } },
        },
      },
    },
  });
  if (!producer) throw new DomainError("NOT_FOUND");
  const markets = new Map(producer.catalogs.flatMap((c) => c.links.map((l) => [l.market.slug, l.market])));
  return { ...producer, markets: [...markets.values()] };
}
