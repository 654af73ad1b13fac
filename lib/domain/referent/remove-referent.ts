import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { findOpenDayOrThrow } from "./referent-distribution";

// The referent's right ends with the row: their next request is refused (rights are read on each one).
export async function removeReferent({
  actor,
  marketId,
  distributionId,
  userId,
}: {
  actor: Actor;
  marketId: string;
  distributionId: string;
  userId: string;
}) {
  await db().$transaction(async (tx) => {
    await findOpenDayOrThrow(tx, actor, { marketId, distributionId });
    await tx.distributionReferent.deleteMany({ where: { distributionId, userId } });
  });
}
