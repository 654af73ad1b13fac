import type { Tx } from "@/lib/db/client";

// Serialises what reads an order's money and then moves it (refunds, validation, cancellation): a second
// transaction waits here until the first commits, then reads what the first wrote. NO KEY UPDATE, not UPDATE,
// so that writing the order's lines (which takes a KEY SHARE lock on it) never deadlocks against it.
export async function lockOrder(tx: Tx, orderId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Order" WHERE "id" = ${orderId} FOR NO KEY UPDATE`;
}
