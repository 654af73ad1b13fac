import type { Tx } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";

// The distribution whose referents an admin of its market names or removes; once validated or cancelled there is
// no day left to run.
export async function findOpenDayOrThrow(
  tx: Tx,
  actor: Actor,
  { marketId, distributionId }: { marketId: string; distributionId: string },
) {
  requireMarketRight(actor, marketId, "admin");
  const distribution = await tx.distribution.findFirst({
    where: { id: distributionId, marketId },
    select: { id: true, validatedAt: true, cancelledAt: true },
  });
  if (!distribution) throw new DomainError("NOT_FOUND");
  if (distribution.cancelledAt) throw new DomainError("DISTRIBUTION_CANCELLED");
  if (distribution.validatedAt) throw new DomainError("DISTRIBUTION_ALREADY_VALIDATED");
  return distribution;
}
