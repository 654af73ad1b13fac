import { db } from "@/lib/db/client";

// « Indiquez la commune de votre marché » : markets whose name, or one of whose places' town or postcode,
// matches what was typed.
export async function findMarkets({ query }: { query: string }) {
  const q = query.trim();
  if (q.length < 2) return [];
  return db().market.findMany({
    where: {
      OR: [
        { name: { contains: q, mode: "insensitive" } },
        { places: { some: { OR: [{ city: { contains: q, mode: "insensitive" } }, { zipCode: { startsWith: q } }] } } },
      ],
    },
    select: { slug: true, name: true, shortDescription: true, places: { select: { city: true, zipCode: true }, take: 3 } },
    orderBy: { name: "asc" },
    take: 20,
  });
}
