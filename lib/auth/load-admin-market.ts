import { getAdminMarketOrThrow } from "@/lib/domain/market-admin/get-admin-market";
import { loadPageActor, orNotFound } from "./load-page-actor";

// Every admin page: the actor (or sign-in), and the market only if they have a right in it (else 404).
export async function loadAdminMarket(marketId: string, path: string) {
  const actor = await loadPageActor(path);
  const market = await orNotFound(getAdminMarketOrThrow({ actor, marketId, now: new Date() }));
  return { actor, market };
}
