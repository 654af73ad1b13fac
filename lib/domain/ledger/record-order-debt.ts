import type { Tx } from "@/lib/db/client";
import { DomainError } from "../errors";
import { MAX_ORDER_TOTAL_CENTS } from "../limits";
import { currentOrderTotalCents } from "../order/line-total";

// The ledger invariant for orders: the ORDER entries of an order always add up to minus its current total
// (delivered quantities once adjusted). Call this in the same transaction after any change to an order's
// lines; it writes the difference, if any, as one new entry, so the history of changes stays readable and
// a member's balance is simply the sum of their entries. An order whose total would pass
// MAX_ORDER_TOTAL_CENTS is refused (next to `field` when the caller names the form field that caused it).
export async function recordOrderDebt(
  tx: Tx,
  orderId: string,
  { label, field }: { label?: string; field?: string } = {},
): Promise<number> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      marketId: true,
      userId: true,
      lines: { select: { quantity: true, deliveredQuantity: true, unitPriceCents: true } },
    },
  });
  const recorded = await tx.ledgerEntry.aggregate({ where: { orderId, kind: "ORDER" }, _sum: { amountCents: true } });
  const total = currentOrderTotalCents(order.lines);
  if (total > MAX_ORDER_TOTAL_CENTS) throw new DomainError("ORDER_TOO_LARGE", field);
  const delta = -total - (recorded._sum.amountCents ?? 0);
  if (delta !== 0) {
    await tx.ledgerEntry.create({
      data: { marketId: order.marketId, userId: order.userId, kind: "ORDER", amountCents: delta, orderId, label },
    });
  }
  return delta;
}
