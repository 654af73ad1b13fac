import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { referentDistributionIds } from "../access/distribution-day";

// The distributions the person was named referent of and can still run, soonest first.
export async function listReferentDays({ actor }: { actor: Actor }) {
  return db().distribution.findMany({
    where: { id: { in: referentDistributionIds(actor) } },
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
