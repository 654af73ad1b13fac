import type { ProductCategory } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { DomainError } from "../errors";

// A market's « Producteurs » page (/m/<slug>/producteurs): the producers of the catalogs it works with now (links
// not undone, catalogs not archived), each with the kinds of products those catalogs offer; public like the market
// page, so only what a producer's own public page shows. One read, whatever the number of producers; by name.
export async function getMarketProducersOrThrow(slug: string) {
  const market = await db().market.findFirst({
    where: { slug },
    select: {
      slug: true,
      name: true,
      catalogLinks: {
        where: { unlinkedAt: null, catalog: { archivedAt: null } },
        select: {
          catalog: {
            select: {
              products: { where: { active: true }, select: { category: true }, distinct: ["category"] },
              producer: {
                select: {
                  slug: true,
                  name: true,
                  city: true,
                  description: true,
                  photos: { select: { imageId: true }, orderBy: { position: "asc" }, take: 1 },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!market) throw new DomainError("NOT_FOUND");
  const producers = new Map<
    string,
    {
      slug: string;
      name: string;
      city: string | null;
      description: string | null;
      photoId: string | null;
      categories: Set<ProductCategory>;
    }
  >();
  for (const { catalog } of market.catalogLinks) {
    const { photos, ...producer } = catalog.producer;
    const entry = producers.get(producer.slug) ?? {
      ...producer,
      photoId: photos[0]?.imageId ?? null,
      categories: new Set(),
    };
    for (const { category } of catalog.products) entry.categories.add(category);
    producers.set(producer.slug, entry);
  }
  return {
    slug: market.slug,
    name: market.name,
    producers: [...producers.values()]
      .map(({ categories, ...p }) => ({ ...p, categories: [...categories].sort() }))
      .sort((a, b) => a.name.localeCompare(b.name, "fr")),
  };
}
