import type { Tx } from "@/lib/db/client";

// Row locks that order the changes touching one basket. Its lines and held stock change under `FOR UPDATE`
// (basket edits, confirmation, the release of an expired hold, the close of orders), so none of them works
// from a state another is changing. Delivery help: a volunteer's order is locked while their live offers are
// counted (the per-volunteer limit holds under concurrency); a request is locked `FOR UPDATE` by the person's
// own changes (accept, withdraw) and `FOR SHARE` by volunteers offering, so offers can come in side by side but
// never slip past an acceptance or a withdrawal. Always the volunteer's order before the request's, and an
// order before the products whose stock it moves.
export async function lockOrder(tx: Tx, orderId: string, mode: "update" | "share" = "update"): Promise<void> {
  if (mode === "update") await tx.$queryRaw`SELECT "id" FROM "Order" WHERE "id" = ${orderId} FOR UPDATE`;
  else await tx.$queryRaw`SELECT "id" FROM "Order" WHERE "id" = ${orderId} FOR SHARE`;
}
