import type { LedgerAccount, LedgerMethod, LedgerTransactionKind } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";

export type LedgerLine = {
  account: LedgerAccount;
  amountCents: number;
  userId?: string;
  producerId?: string;
  distributionId?: string;
  orderId?: string;
};

export type LedgerTransactionInput = {
  marketId: string;
  kind: LedgerTransactionKind;
  method?: LedgerMethod;
  label?: string;
  reference?: string;
  orderId?: string;
  paymentId?: string;
  refundId?: string;
  payoutId?: string;
  distributionId?: string;
  reversesId?: string;
  createdById?: string;
  occurredAt?: Date;
  entries: LedgerLine[];
};

export class UnbalancedTransactionError extends Error {
  constructor(kind: string, sum: number) {
    super(`A ${kind} ledger transaction must sum to zero, not ${sum} cents`);
  }
}

// The only way money is written: one transaction whose entries sum to zero (lines of 0 are left out). Returns
// the transaction's id, or null when nothing moved.
export async function postTransaction(tx: Tx, input: LedgerTransactionInput): Promise<string | null> {
  const { entries, ...transaction } = input;
  const lines = entries.filter((e) => e.amountCents !== 0);
  for (const line of lines)
    if (!Number.isSafeInteger(line.amountCents)) throw new UnbalancedTransactionError(input.kind, line.amountCents);
  const sum = lines.reduce((s, e) => s + e.amountCents, 0);
  if (sum !== 0) throw new UnbalancedTransactionError(input.kind, sum);
  if (lines.length === 0) return null;
  const row = await tx.ledgerTransaction.create({ data: transaction, select: { id: true } });
  await tx.ledgerEntry.createMany({
    data: lines.map((line) => ({ ...line, transactionId: row.id, marketId: input.marketId })),
  });
  return row.id;
}
