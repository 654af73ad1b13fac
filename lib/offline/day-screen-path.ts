// The day screen's address, in either language: the service worker keeps the last copy of each such page it
// fetched (app/sw.ts), and the phone's copy of a distribution is erased together with its cached pages.
export const DAY_SCREEN_PATH = /^(?:\/en)?\/jour\/([^/]+)$/;

// Cache Storage names (app/sw.ts writes them, lib/offline/local-store.ts erases the pages).
export const DAY_SCREEN_CACHE = "cabas-day-screens";
export const STATIC_CACHE = "cabas-static";

export function dayScreenDistributionId(pathname: string): string | null {
  return DAY_SCREEN_PATH.exec(pathname)?.[1] ?? null;
}
