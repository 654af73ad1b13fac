import type { Tx } from "@/lib/db/client";
import { currentOrderTotalCents } from "../order/line-total";

// The ledger invariant for orders: the ORDER entries of an order always add up to minus its current total
// (delivered quantities once adjusted). Call this in the same transaction after any change to an order's
// lines; it writes the difference, if any, as one new entry, so the history of changes stays readable and
// a member's balance is simply the sum of their entries.
export async function recordOrderDebt(tx: Tx, orderId: string, label?: string): Promise<number> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      marketId: true,
      userId: true,
      lines: { select: { quantity: true, deliveredQuantity: true, unitPriceCents: true } },
    },
  });
  const recorded = await tx.ledgerEntry.aggregate({ where: { orderId, kind: "ORDER" }, _sum: { amountCents: true } });
  const delta = -currentOrderTotalCents(order.lines) - (recorded._sum.amountCents ?? 0);
  if (delta !== 0) {
    await tx.ledgerEntry.create({
      data: { marketId: order.marketId, userId: order.userId, kind: "ORDER", amountCents: delta, orderId, label },
    });
  }
  return delta;
}
