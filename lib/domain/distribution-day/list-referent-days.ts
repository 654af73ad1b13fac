import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";

// The distributions the person was named referent of and can still run (loadActor keeps those neither validated
// nor cancelled, of markets they are still a member of), soonest first.
export async function listReferentDays({ actor }: { actor: Actor }) {
  const ids = [...actor.referentOf].filter(([, marketId]) => actor.markets.has(marketId)).map(([id]) => id);
  return db().distribution.findMany({
    where: { id: { in: ids } },
    orderBy: { pickupStartAt: "asc" },
    select: {
      id: true,
      pickupStartAt: true,
      pickupEndAt: true,
      place: { select: { name: true } },
      market: { select: { name: true, timeZone: true } },
    },
  });
}
