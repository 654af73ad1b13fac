import { db } from "@/lib/db/client";
import { DomainError } from "../errors";

// The producer's public page: presentation, active products, the markets it sells at, and the contact details the
// producer chose to publish (phone, e-mail and street are private until then; the town and website are public).
export async function getPublicProducerOrThrow(slug: string) {
  const producer = await db().producer.findUnique({
    where: { slug },
    select: {
      name: true,
      description: true,
      city: true,
      zipCode: true,
      website: true,
      address: true,
      phone: true,
      email: true,
      publishPhone: true,
      publishEmail: true,
      publishAddress: true,
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
  const { address, phone, email, website, publishPhone, publishEmail, publishAddress, ...page } = producer;
  const markets = new Map(page.catalogs.flatMap((c) => c.links.map((l) => [l.market.slug, l.market])));
  return {
    ...page,
    markets: [...markets.values()],
    contact: {
      phone: publishPhone ? phone : null,
      email: publishEmail ? email : null,
      address: publishAddress ? address : null,
      website,
    },
  };
}
