import { db } from "@/lib/db/client";
import { distanceKm } from "@/lib/geo";

export const NEARBY_KM = 40;

// « Indiquez la commune de votre marché »: markets whose name, town or postcode matches, plus — when the typed
// town is one Cabas knows the position of — every market within 40 km, nearest first. No geocoding service:
// the positions are those of the places and producers already registered.
export async function findMarkets({ query }: { query: string }) {
  const q = query.trim();
  if (q.length < 2) return [];
  const townMatch = {
    OR: [{ city: { contains: q, mode: "insensitive" as const } }, { zipCode: { startsWith: q } }],
    lat: { not: null },
    lng: { not: null },
  };
  const [reference, markets] = await Promise.all([
    db()
      .place.findFirst({ where: townMatch, select: { lat: true, lng: true } })
      .then((p) => p ?? db().producer.findFirst({ where: townMatch, select: { lat: true, lng: true } })),
    db().market.findMany({
      select: {
        slug: true,
        name: true,
        shortDescription: true,
        places: { where: { archivedAt: null }, select: { city: true, zipCode: true, lat: true, lng: true } },
      },
      take: 2000,
    }),
  ]);
  const lower = q.toLowerCase();
  const matchesText = (m: (typeof markets)[number]) =>
    m.name.toLowerCase().includes(lower) ||
    m.places.some((p) => p.city.toLowerCase().includes(lower) || p.zipCode.startsWith(q));
  const origin = reference?.lat != null && reference.lng != null ? { lat: reference.lat, lng: reference.lng } : null;
  return markets
    .map((m) => {
      const distances = origin
        ? m.places
            .filter((p) => p.lat != null && p.lng != null)
            .map((p) => distanceKm(origin, { lat: p.lat!, lng: p.lng! }))
        : [];
      const km = distances.length > 0 ? Math.min(...distances) : null;
      return {
        slug: m.slug,
        name: m.name,
        shortDescription: m.shortDescription,
        places: m.places.map(({ city, zipCode }) => ({ city, zipCode })),
        km,
        text: matchesText(m),
      };
    })
    .filter((m) => m.text || (m.km !== null && m.km <= NEARBY_KM))
    .sort((a, b) => (a.km ?? Infinity) - (b.km ?? Infinity) || a.name.localeCompare(b.name))
    .slice(0, 20);
}
