import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { insertRows } from "@/lib/db/insert-rows";
import { holdingAccount } from "../ledger/accounts";
import { postTransaction, postTransactions, type LedgerTransactionInput } from "../ledger/post-transaction";

export type ReceivedMethod = "CASH" | "CHEQUE" | "CARD_TERMINAL" | "TRANSFER";

type Received = {
  marketId: string;
  userId: string;
  orderId?: string;
  method: ReceivedMethod;
  amountCents: number;
  reference?: string;
  createdById?: string;
  now: Date;
};

// Money the market took for a shopper (on the spot, or a transfer to its account): a settled Payment row and
// its PAYMENT transaction, crediting the shopper and debiting whoever holds the money (the till, the bank).
export async function receivePayment(tx: Tx, p: Received) {
  const payment = await tx.payment.create({ data: paymentRow(p), select: { id: true } });
  await postTransaction(tx, paymentTransaction(p, payment.id));
  return payment;
}

// The same for many shoppers at once (« Valider la distribution »: every basket paid on the spot then), in three
// statements whatever their number.
export async function receivePayments(tx: Tx, payments: Received[]) {
  const rows = payments.map((p) => ({ ...paymentRow(p), id: randomUUID() }));
  await insertRows(tx, "Payment", rows);
  await postTransactions(
    tx,
    payments.map((p, i) => paymentTransaction(p, rows[i].id)),
  );
}

function paymentRow(p: Received) {
  return {
    marketId: p.marketId,
    userId: p.userId,
    orderId: p.orderId,
    method: p.method === "TRANSFER" ? ("TRANSFER" as const) : ("ON_SITE" as const),
    onSiteMethod: p.method === "TRANSFER" ? null : p.method,
    status: "SUCCEEDED" as const,
    amountCents: p.amountCents,
    reference: p.reference,
    settledAt: p.now,
  };
}

function paymentTransaction(p: Received, paymentId: string): LedgerTransactionInput {
  return {
    marketId: p.marketId,
    kind: "PAYMENT",
    method: p.method,
    reference: p.reference,
    orderId: p.orderId,
    paymentId,
    createdById: p.createdById,
    occurredAt: p.now,
    entries: [
      { account: "SHOPPER", userId: p.userId, orderId: p.orderId, amountCents: p.amountCents },
      { account: holdingAccount(p.method), orderId: p.orderId, amountCents: -p.amountCents },
    ],
  };
}
