import { db } from "@/lib/db/client";
import { administeredMarketIds, type Actor } from "../access/actor";
import { DomainError } from "../errors";

export type MarketPoster = {
  name: string;
  slug: string;
  timeZone: string;
  // The next pick-up still to come (neither cancelled nor validated), where the poster sends people first.
  next: {
    pickupStartAt: Date;
    pickupEndAt: Date;
    place: { name: string; address: string; zipCode: string; city: string };
  } | null;
};

// What the printable poster of a market's shared link says (seed 000 §6), for whoever may open its admin space.
export async function getMarketPoster({
  actor,
  marketId,
  now,
}: {
  actor: Actor;
  marketId: string;
  now: Date;
}): Promise<MarketPoster> {
  if (!administeredMarketIds(actor).includes(marketId) && !actor.isOperator) throw new DomainError("NOT_FOUND");
  const market = await db().market.findUnique({
    where: { id: marketId },
    select: {
      name: true,
      slug: true,
      timeZone: true,
      distributions: {
        where: { cancelledAt: null, validatedAt: null, pickupEndAt: { gt: now } },
        orderBy: [{ pickupStartAt: "asc" }, { id: "asc" }],
        take: 1,
        select: {
          pickupStartAt: true,
          pickupEndAt: true,
          place: { select: { name: true, address: true, zipCode: true, city: true } },
        },
      },
    },
  });
  if (!market) throw new DomainError("NOT_FOUND");
  const { distributions, ...rest } = market;
  return { ...rest, next: distributions[0] ?? null };
}
