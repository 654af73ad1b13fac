import type { Tx } from "@/lib/db/client";

// Row locks that order the changes touching one basket. Its lines, held stock and money change under the lock
// (basket edits, confirmation, the release of an expired hold, the close of orders, refunds, validation,
// cancellation), so none of them works from a state another is changing: a second transaction waits here until
// the first commits, then reads what the first wrote. NO KEY UPDATE, not UPDATE, so that writing rows that
// reference the order (its lines, payments, ledger entries: each takes a KEY SHARE lock on it) never deadlocks
// against it. Delivery help: a volunteer's order is locked while their live offers are counted (the
// per-volunteer limit holds under concurrency); a request is locked for update by the person's own changes
// (accept, withdraw) and `FOR SHARE` by volunteers offering, so offers can come in side by side but never slip
// past an acceptance or a withdrawal. Always the volunteer's order before the request's, and an order before the
// products whose stock it moves.
export async function lockOrder(tx: Tx, orderId: string, mode: "update" | "share" = "update"): Promise<void> {
  if (mode === "update") await tx.$queryRaw`SELECT "id" FROM "Order" WHERE "id" = ${orderId} FOR NO KEY UPDATE`;
  else await tx.$queryRaw`SELECT "id" FROM "Order" WHERE "id" = ${orderId} FOR SHARE`;
}

// Several baskets changed in one transaction (a distribution cancelled, a catalog's lines withdrawn): all locked
// up front, in one statement and in id order, before any product's stock moves. Locking them one by one as the
// work goes would hold the stock of the first baskets' products while waiting for the next basket, whose shopper
// may be waiting for that stock: a deadlock.
export async function lockOrders(tx: Tx, orderIds: string[]): Promise<void> {
  if (orderIds.length === 0) return;
  await tx.$queryRaw`SELECT "id" FROM "Order" WHERE "id" = ANY(${orderIds}) ORDER BY "id" FOR NO KEY UPDATE`;
}
