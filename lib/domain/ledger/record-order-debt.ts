import type { Tx } from "@/lib/db/client";
import { DomainError } from "../errors";
import { MAX_ORDER_TOTAL_CENTS } from "../limits";
import { postTransaction } from "./post-transaction";

export type OrderTotal = { confirmed: boolean; totalCents: number };

// The ledger invariant for orders: a confirmed basket's ORDER entries add up, per producer, to its lines'
// current totals (delivered quantities once adjusted) owed to that producer, and on the shopper's account to
// minus the basket's total. Call this in the same transaction after any change to an order's lines or its
// confirmation; it posts the difference, if any, as one transaction, so the history of changes stays readable.
// A draft (never confirmed) is not an order and owes nothing. An order whose total would pass
// MAX_ORDER_TOTAL_CENTS is refused (next to `field` when the caller names the form field that caused it).
// `written`: the basket's total and whether it is confirmed, as the caller's last write in this transaction
// returned them (a basket change reads them in the statement that changes the line), else read here.
export async function recordOrderDebt(
  tx: Tx,
  orderId: string,
  { label, field, written }: { label?: string; field?: string; written?: OrderTotal } = {},
): Promise<number> {
  // The total and whether the basket is confirmed first, in one statement: a draft's change (most of them) needs
  // no more.
  const [basket] = written
    ? [written]
    : await tx.$queryRaw<OrderTotal[]>`
    SELECT o."confirmedAt" IS NOT NULL AS "confirmed", coalesce(sum(l."totalCents"), 0)::float8 AS "totalCents"
    FROM "Order" o LEFT JOIN "OrderLine" l ON l."orderId" = o."id" WHERE o."id" = ${orderId} GROUP BY o."id"`;
  if (!basket) throw new DomainError("NOT_FOUND");
  if (basket.totalCents > MAX_ORDER_TOTAL_CENTS) throw new DomainError("ORDER_TOO_LARGE", field);
  if (!basket.confirmed) return 0;

  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      marketId: true,
      userId: true,
      distributionId: true,
      lines: { select: { totalCents: true, product: { select: { catalog: { select: { producerId: true } } } } } },
    },
  });
  const owed = new Map<string, number>();
  for (const line of order.lines) {
    const producerId = line.product.catalog.producerId;
    owed.set(producerId, (owed.get(producerId) ?? 0) + line.totalCents);
  }

  const recorded = await tx.ledgerEntry.groupBy({
    by: ["producerId"],
    where: { orderId, account: "PRODUCER", transaction: { kind: "ORDER" } },
    _sum: { amountCents: true },
  });
  for (const r of recorded) if (!owed.has(r.producerId!)) owed.set(r.producerId!, 0);
  const recordedOf = (producerId: string) => recorded.find((r) => r.producerId === producerId)?._sum.amountCents ?? 0;
  const producerLines = [...owed].map(([producerId, cents]) => ({
    account: "PRODUCER" as const,
    producerId,
    distributionId: order.distributionId,
    orderId,
    amountCents: cents - recordedOf(producerId),
  }));
  const delta = producerLines.reduce((s, l) => s + l.amountCents, 0);
  const shopperCents = delta === 0 ? 0 : -delta;
  await postTransaction(tx, {
    marketId: order.marketId,
    kind: "ORDER",
    orderId,
    distributionId: order.distributionId,
    label,
    entries: [{ account: "SHOPPER", userId: order.userId, orderId, amountCents: shopperCents }, ...producerLines],
  });
  return shopperCents;
}
