import { Prisma, type Tx } from "@/lib/db/client";

export type ProducerLedgerSums = {
  producerId: string;
  distributionId: string;
  // The confirmed baskets' delivered lines owed to the producer (ORDER entries).
  salesCents: number;
  // The market's fee taken from them (FEE entries, as a positive amount).
  feeCents: number;
  // What Cabas transferred (PAYOUT entries, as a positive amount).
  paidOutCents: number;
  // What the market paid the producer itself (PRODUCER_SETTLEMENT entries, as a positive amount).
  settledCents: number;
  // What the producer is still owed, by Cabas and by the market together: the sum of all the entries.
  balanceCents: number;
};

// Producers' accounts summed per producer and distribution, by what moved them; a REVERSAL counts as the kind
// of the transaction it reverses. `where` narrows the entries (alias `e`). One statement, so one snapshot:
// the sums agree with each other even while a payout or a settlement commits beside it.
export async function producerLedgerSums(tx: Tx, where: Prisma.Sql): Promise<ProducerLedgerSums[]> {
  const rows = await tx.$queryRaw<
    {
      producerId: string;
      distributionId: string;
      salesCents: bigint;
      feeCents: bigint;
      paidOutCents: bigint;
      settledCents: bigint;
      balanceCents: bigint;
    }[]
  >`
    SELECT e."producerId", e."distributionId",
      COALESCE(SUM(e."amountCents") FILTER (WHERE COALESCE(r.kind, t.kind) = 'ORDER'), 0) AS "salesCents",
      COALESCE(-SUM(e."amountCents") FILTER (WHERE COALESCE(r.kind, t.kind) = 'FEE'), 0) AS "feeCents",
      COALESCE(-SUM(e."amountCents") FILTER (WHERE COALESCE(r.kind, t.kind) = 'PAYOUT'), 0) AS "paidOutCents",
      COALESCE(-SUM(e."amountCents") FILTER (WHERE COALESCE(r.kind, t.kind) = 'PRODUCER_SETTLEMENT'), 0)
        AS "settledCents",
      SUM(e."amountCents") AS "balanceCents"
    FROM "LedgerEntry" e
    JOIN "LedgerTransaction" t ON t.id = e."transactionId"
    LEFT JOIN "LedgerTransaction" r ON r.id = t."reversesId"
    WHERE e.account = 'PRODUCER' AND e."producerId" IS NOT NULL AND e."distributionId" IS NOT NULL AND ${where}
    GROUP BY e."producerId", e."distributionId"`;
  return rows.map((r) => ({
    producerId: r.producerId,
    distributionId: r.distributionId,
    salesCents: Number(r.salesCents),
    feeCents: Number(r.feeCents),
    paidOutCents: Number(r.paidOutCents),
    settledCents: Number(r.settledCents),
    balanceCents: Number(r.balanceCents),
  }));
}

// What the market still owes a producer for a distribution: the producer's balance less what Cabas has yet to
// transfer of its payout (a scheduled, failed or manual payout is Cabas's debt, not the market's).
export function marketDueCents(sums: ProducerLedgerSums, payoutAmountCents: number): number {
  return sums.balanceCents - (payoutAmountCents - sums.paidOutCents);
}
