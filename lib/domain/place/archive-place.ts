import { db } from "@/lib/db/client";
import { type Actor, requireMarketRight } from "../access/actor";
import { DomainError } from "../errors";

// Takes a place out of the market's choices: deleted if no distribution or cycle was ever planned there, archived
// otherwise (its distributions keep it; none can be planned there any more; the market page stops listing it).
// The market keeps at least one place to plan at.
export async function archivePlace({
  actor,
  marketId,
  placeId,
  now,
}: {
  actor: Actor;
  marketId: string;
  placeId: string;
  now: Date;
}): Promise<{ deleted: boolean }> {
  requireMarketRight(actor, marketId, "admin");
  return db().$transaction(async (tx) => {
    // Locked, so that two admins archiving the market's last two places at once cannot both succeed.
    const places = await tx.$queryRaw<{ id: string; archivedAt: Date | null; used: boolean }[]>`
      SELECT p."id", p."archivedAt",
        EXISTS (SELECT 1 FROM "Distribution" d WHERE d."placeId" = p."id")
          OR EXISTS (SELECT 1 FROM "DistributionCycle" c WHERE c."placeId" = p."id") AS "used"
      FROM "Place" p WHERE p."marketId" = ${marketId} ORDER BY p."id" FOR UPDATE`;
    const place = places.find((p) => p.id === placeId);
    if (!place) throw new DomainError("NOT_FOUND");
    if (place.archivedAt) return { deleted: false };
    if (places.filter((p) => !p.archivedAt).length === 1) throw new DomainError("LAST_PLACE");
    if (!place.used) {
      await tx.place.delete({ where: { id: placeId } });
      return { deleted: true };
    }
    await tx.place.update({ where: { id: placeId }, data: { archivedAt: now } });
    return { deleted: false };
  });
}
