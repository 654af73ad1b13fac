import { randomUUID } from "node:crypto";
import type { LedgerAccount, LedgerMethod, LedgerTransactionKind } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { insertRows } from "@/lib/db/insert-rows";

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
  const { transaction, lines } = checked(input);
  if (lines.length === 0) return null;
  const row = await tx.ledgerTransaction.create({ data: transaction, select: { id: true } });
  await tx.ledgerEntry.createMany({
    data: lines.map((line) => ({ ...line, transactionId: row.id, marketId: input.marketId })),
  });
  return row.id;
}

// Many transactions at once (a distribution's baskets paid on the spot at its validation), under the same rule,
// in two statements whatever their number (lib/db/insert-rows.ts); the ids in the inputs' order (null for one
// that moved nothing). Ids are made here, so that each entry knows its transaction without reading rows back.
export async function postTransactions(tx: Tx, inputs: LedgerTransactionInput[]): Promise<(string | null)[]> {
  const rows = inputs.map((input) => {
    const { transaction, lines } = checked(input);
    return lines.length === 0 ? null : { transaction: { ...transaction, id: randomUUID() }, lines };
  });
  const moving = rows.filter((r) => r !== null);
  // Every transaction names when it happened: a column some rows would leave out would be NULL in them.
  await insertRows(
    tx,
    "LedgerTransaction",
    moving.map((r) => ({ ...r.transaction, occurredAt: r.transaction.occurredAt ?? new Date() })),
  );
  await insertRows(
    tx,
    "LedgerEntry",
    moving.flatMap(({ transaction, lines }) =>
      lines.map((line) => ({
        ...line,
        id: randomUUID(),
        transactionId: transaction.id,
        marketId: transaction.marketId,
      })),
    ),
  );
  return rows.map((r) => r?.transaction.id ?? null);
}

// The transaction's row, and its lines once checked: whole cents that sum to zero, lines of 0 left out.
function checked({ entries, ...transaction }: LedgerTransactionInput) {
  const lines = entries.filter((e) => e.amountCents !== 0);
  for (const line of lines)
    if (!Number.isSafeInteger(line.amountCents))
      throw new UnbalancedTransactionError(transaction.kind, line.amountCents);
  const sum = lines.reduce((s, e) => s + e.amountCents, 0);
  if (sum !== 0) throw new UnbalancedTransactionError(transaction.kind, sum);
  return { transaction, lines };
}
