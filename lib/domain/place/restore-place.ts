import { db } from "@/lib/db/client";
import { type Actor, requireMarketRight } from "../access/actor";
import { DomainError } from "../errors";

// An archived place offered again for new distributions and listed on the market page.
export async function restorePlace({ actor, marketId, placeId }: { actor: Actor; marketId: string; placeId: string }) {
  requireMarketRight(actor, marketId, "admin");
  const { count } = await db().place.updateMany({ where: { id: placeId, marketId }, data: { archivedAt: null } });
  if (count === 0) throw new DomainError("NOT_FOUND");
}
