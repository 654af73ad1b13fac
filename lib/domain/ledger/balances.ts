import type { Tx } from "@/lib/db/client";

// A member's balance in a market: the sum of their SHOPPER entries (above zero, credit; below, debt).
export async function shopperBalanceCents(tx: Tx, marketId: string, userId: string): Promise<number> {
  const sum = await tx.ledgerEntry.aggregate({
    where: { marketId, userId, account: "SHOPPER" },
    _sum: { amountCents: true },
  });
  return sum._sum.amountCents ?? 0;
}

// Every market's balance of one person, in one grouped query.
export async function shopperBalancesOf(tx: Tx, userId: string) {
  const rows = await tx.ledgerEntry.groupBy({
    by: ["marketId"],
    where: { userId, account: "SHOPPER" },
    _sum: { amountCents: true },
  });
  return rows.map((r) => ({ marketId: r.marketId, balanceCents: r._sum.amountCents ?? 0 }));
}

// Every member's balance in one market, in one grouped query.
export async function shopperBalancesIn(tx: Tx, marketId: string): Promise<Map<string, number>> {
  const rows = await tx.ledgerEntry.groupBy({
    by: ["userId"],
    where: { marketId, account: "SHOPPER" },
    _sum: { amountCents: true },
  });
  return new Map(rows.map((r) => [r.userId!, r._sum.amountCents ?? 0]));
}
