import type { Tx } from "@/lib/db/client";
import { distributionState } from "../distribution/distribution-state";
import { DomainError } from "../errors";
import { noticeDistributionSelect } from "../notice/distribution-notice-context";

// The catalogs taking part in a sale change until its orders close: afterwards the baskets are made, and a
// cancelled or validated sale is over.
export function catalogsCanChange(state: ReturnType<typeof distributionState>) {
  return state === "NOT_YET_OPEN" || state === "OPEN";
}

// The market's distribution whose participating catalogs may still change, with what a notice about it says.
export async function requirePlannableSale(
  tx: Tx,
  { marketId, distributionId, now }: { marketId: string; distributionId: string; now: Date },
) {
  const d = await tx.distribution.findFirst({
    where: { id: distributionId, marketId },
    select: { ...noticeDistributionSelect, ordersOpenAt: true, validatedAt: true, cancelledAt: true },
  });
  if (!d) throw new DomainError("NOT_FOUND");
  if (d.cancelledAt) throw new DomainError("DISTRIBUTION_CANCELLED");
  if (!catalogsCanChange(distributionState(d, now))) throw new DomainError("SALE_CATALOGS_CLOSED");
  return d;
}
