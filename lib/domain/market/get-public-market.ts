import { db } from "@/lib/db/client";
import { DomainError } from "../errors";
import { distributionState } from "../distribution/distribution-state";

// The page behind the shared link (/m/<slug>): what anyone, signed in or not, may see of a market.
// findFirst, not findUnique: Prisma batches the findUnique calls of one tick, and those whose nested filters
// differ (each request's `now`) run one after another in a single transaction, so under load every market
// page waited for the whole batch and for a transaction's connection.
export async function getPublicMarketOrThrow({ slug, now }: { slug: string; now: Date }) {
  const market = await db().market.findFirst({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      shortDescription: true,
      description: true,
      logoImageId: true,
      timeZone: true,
      contactName: true,
      contactEmail: true,
      contactPhone: true,
      places: {
        where: { archivedAt: null },
        select: { id: true, name: true, address: true, zipCode: true, city: true },
        orderBy: { name: "asc" },
      },
      distributions: {
        // Upcoming: pick-up not over yet.
        where: { pickupEndAt: { gt: now } },
        orderBy: { pickupStartAt: "asc" },
        take: 12,
        select: {
          id: true,
          name: true,
          note: true,
          pickupStartAt: true,
          pickupEndAt: true,
          ordersOpenAt: true,
          ordersCloseAt: true,
          validatedAt: true,
          cancelledAt: true,
          place: { select: { name: true, city: true } },
          participations: {
            where: { status: "ACCEPTED" },
            select: { catalog: { select: { producer: { select: { id: true, slug: true, name: true } } } } },
          },
        },
      },
    },
  });
  if (!market) throw new DomainError("NOT_FOUND");
  const { distributions, ...rest } = market;
  return {
    ...rest,
    distributions: distributions.map(({ participations, ...d }) => ({
      ...d,
      state: distributionState(d, now),
      producers: uniqueById(participations.map((p) => p.catalog.producer)),
    })),
  };
}

function uniqueById<T extends { id: string }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

export type PublicMarket = Awaited<ReturnType<typeof getPublicMarketOrThrow>>;
