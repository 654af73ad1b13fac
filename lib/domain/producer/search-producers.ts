import type { ProductCategory } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { distanceKm } from "@/lib/geo";
import { requireMarketRight, type Actor } from "../access/actor";
import type { Position } from "../geocoding/geocoder";

// « Découvrir les producteurs du réseau »: producers with active products of a type (or a name), nearest to
// the market's first active place first, or to `origin` (an address the admin typed, lib/domain/producer/
// directory-origin.ts); those without a position come last. `excludeLinked` gives the suggestions of nearby
// producers the market does not work with yet.
export async function searchProducers({
  actor,
  marketId,
  category,
  text,
  excludeLinked = false,
  take = 30,
  origin,
}: {
  actor: Actor;
  marketId: string;
  category?: ProductCategory;
  text?: string;
  excludeLinked?: boolean;
  take?: number;
  origin?: Position;
}) {
  requireMarketRight(actor, marketId, "catalogs");
  const [place, producers] = await Promise.all([
    origin ??
      db().place.findFirst({
        where: { marketId, archivedAt: null, lat: { not: null }, lng: { not: null } },
        orderBy: { createdAt: "asc" },
        select: { lat: true, lng: true },
      }),
    db().producer.findMany({
      where: {
        AND: [
          text
            ? {
                OR: [
                  { name: { contains: text, mode: "insensitive" } },
                  {
                    catalogs: {
                      some: { products: { some: { active: true, name: { contains: text, mode: "insensitive" } } } },
                    },
                  },
                ],
              }
            : {},
          category ? { catalogs: { some: { products: { some: { active: true, category } } } } } : {},
          excludeLinked ? { catalogs: { none: { links: { some: { marketId, unlinkedAt: null } } } } } : {},
        ],
      },
      select: {
        id: true,
        slug: true,
        name: true,
        city: true,
        lat: true,
        lng: true,
        description: true,
        _count: { select: { catalogs: true } },
      },
      take: 500,
    }),
  ]);
  const from = place?.lat != null && place.lng != null ? { lat: place.lat, lng: place.lng } : null;
  return producers
    .map((p) => ({
      ...p,
      km: from && p.lat != null && p.lng != null ? distanceKm(from, { lat: p.lat, lng: p.lng }) : null,
    }))
    .sort((a, b) => (a.km ?? Infinity) - (b.km ?? Infinity) || a.name.localeCompare(b.name))
    .slice(0, take);
}
