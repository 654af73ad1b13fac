import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";

// A volunteer role needed at every distribution of the market (« permanence »), general or tied to a catalog
// (e.g. unloading the bakery's bread).
export async function createDutyRole({
  actor,
  marketId,
  name,
  description,
  catalogId,
}: {
  actor: Actor;
  marketId: string;
  name: string;
  description?: string;
  catalogId?: string | null;
}) {
  requireMarketRight(actor, marketId, "admin");
  if (catalogId) {
    const linked = await db().catalogLink.findFirst({
      where: { marketId, catalogId, unlinkedAt: null },
      select: { id: true },
    });
    if (!linked) throw new DomainError("NOT_FOUND", "catalogId");
  }
  return db().dutyRole.create({
    data: { marketId, name, description, catalogId: catalogId ?? null },
    select: { id: true },
  });
}
