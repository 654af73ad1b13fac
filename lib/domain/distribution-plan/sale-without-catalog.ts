import { distributionState } from "../distribution/distribution-state";

// How long before its orders open a sale with no accepted catalog is worth a warning to the market's admins.
export const WARN_BEFORE_OPENING_MS = 48 * 3_600_000;

// A sale open, or opening within WARN_BEFORE_OPENING_MS, that no catalog has accepted: its members would find
// nothing in the shop (and are not told it opened, lib/domain/notice/queue-sale-opening-notices.ts).
export function saleWithoutCatalog(
  d: Parameters<typeof distributionState>[0],
  acceptedCatalogs: number,
  now: Date,
): boolean {
  if (acceptedCatalogs > 0) return false;
  const state = distributionState(d, now);
  return (
    state === "OPEN" || (state === "NOT_YET_OPEN" && d.ordersOpenAt.getTime() - now.getTime() <= WARN_BEFORE_OPENING_MS)
  );
}
