import { query } from "./db";

export type LedgerSum = {
  account: string;
  kind: string;
  userId: string | null;
  producerId: string | null;
  cents: number;
};

// The ledger as it stands for one distribution, summed per account, holder (a shopper, a producer) and kind of
// transaction: every entry of its baskets' orders and payments, of its fees, payouts and settlements. An entry
// belongs to a distribution through its own distribution, its transaction's, or its basket's.
export async function distributionLedger(distributionId: string): Promise<LedgerSum[]> {
  return query<LedgerSum>(
    `SELECT e.account, t.kind, e."userId", e."producerId", sum(e."amountCents")::int AS cents
     FROM "LedgerEntry" e JOIN "LedgerTransaction" t ON t.id = e."transactionId"
     LEFT JOIN "Order" o ON o.id = coalesce(e."orderId", t."orderId")
     WHERE coalesce(e."distributionId", t."distributionId", o."distributionId") = $1
     GROUP BY e.account, t.kind, e."userId", e."producerId"`,
    [distributionId],
  );
}

// An account's sum in such a ledger (0 when nothing moved it), narrowed to a holder or a kind if given.
export function sumOf(
  ledger: LedgerSum[],
  account: string,
  only: { userId?: string; producerId?: string; kind?: string } = {},
): number {
  return ledger
    .filter(
      (l) =>
        l.account === account &&
        (only.userId === undefined || l.userId === only.userId) &&
        (only.producerId === undefined || l.producerId === only.producerId) &&
        (only.kind === undefined || l.kind === only.kind),
    )
    .reduce((sum, l) => sum + l.cents, 0);
}
