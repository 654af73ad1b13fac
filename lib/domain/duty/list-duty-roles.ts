import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";

export async function listDutyRoles({ actor, marketId }: { actor: Actor; marketId: string }) {
  requireMarketRight(actor, marketId, "admin");
  return db().dutyRole.findMany({
    where: { marketId, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, description: true },
  });
}
