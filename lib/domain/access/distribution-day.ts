import { DomainError } from "../errors";
import { hasMarketRight, type Actor } from "./actor";

type DistributionRef = { id: string; marketId: string };

// Who may run a distribution's day screen (its baskets, delivered quantities, payments on the spot, « retiré »,
// validation of baskets): the market's admins, and the referents an admin named for that distribution, as long as
// they are still members of the market and the distribution is neither validated nor cancelled (loadActor reads
// both on every request, so a referent removed, or who left, is stopped at once). A referent gets nothing else
// of the market: no admin page, no other distribution.
export function canRunDistributionDay(actor: Actor, distribution: DistributionRef): boolean {
  if (hasMarketRight(actor, distribution.marketId, "admin")) return true;
  return actor.referentOf.get(distribution.id) === distribution.marketId && actor.markets.has(distribution.marketId);
}

export function requireDistributionDay(actor: Actor, distribution: DistributionRef): void {
  if (!canRunDistributionDay(actor, distribution)) throw new DomainError("FORBIDDEN");
}

// Before a day use case looks up the order it was given: someone who runs no day of the market at all is refused
// without learning whether the id exists.
export function requireSomeDistributionDay(actor: Actor, marketId: string): void {
  const runsOne = [...actor.referentOf].some(
    ([id, market]) => market === marketId && canRunDistributionDay(actor, { id, marketId }),
  );
  if (!runsOne && !hasMarketRight(actor, marketId, "admin")) throw new DomainError("FORBIDDEN");
}

// The distributions the actor runs as a referent (not as an admin): where the header's « Jour de distribution »
// leads.
export function referentDistributionIds(actor: Actor): string[] {
  return [...actor.referentOf]
    .filter(([id, marketId]) => canRunDistributionDay(actor, { id, marketId }))
    .map(([id]) => id);
}
