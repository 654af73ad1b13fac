import type { Tx } from "@/lib/db/client";
import { DomainError } from "../errors";

// A basket is settled only once its card refunds are over: until Stripe answers, a refund may still fail and
// its amount come back to the shopper's balance. Refuses with the numbers of the baskets concerned (of a
// distribution: those still to validate).
export async function requireNoCardRefundInFlight(tx: Tx, where: { orderId: string } | { distributionId: string }) {
  const pending = await tx.refund.findMany({
    where: {
      destination: "CARD",
      status: "PENDING",
      order: "orderId" in where ? { id: where.orderId } : { distributionId: where.distributionId, validatedAt: null },
    },
    select: { order: { select: { basketNumber: true } } },
    orderBy: { order: { basketNumber: "asc" } },
  });
  if (pending.length === 0) return;
  const baskets = [...new Set(pending.map((r) => r.order.basketNumber))].join(", ");
  throw new DomainError("CARD_REFUND_PENDING", undefined, { baskets });
}
