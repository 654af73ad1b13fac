import type { Tx } from "@/lib/db/client";
import { holdingAccount } from "../ledger/accounts";
import { postTransaction } from "../ledger/post-transaction";

export type ReceivedMethod = "CASH" | "CHEQUE" | "CARD_TERMINAL" | "TRANSFER";

// Money the market took for a shopper (on the spot, or a transfer to its account): a settled Payment row and
// its PAYMENT transaction, crediting the shopper and debiting whoever holds the money (the till, the bank).
export async function receivePayment(
  tx: Tx,
  p: {
    marketId: string;
    userId: string;
    orderId?: string;
    method: ReceivedMethod;
    amountCents: number;
    reference?: string;
    createdById?: string;
    now: Date;
  },
) {
  const payment = await tx.payment.create({
    data: {
      marketId: p.marketId,
      userId: p.userId,
      orderId: p.orderId,
      method: p.method === "TRANSFER" ? "TRANSFER" : "ON_SITE",
      onSiteMethod: p.method === "TRANSFER" ? null : p.method,
      status: "SUCCEEDED",
      amountCents: p.amountCents,
      reference: p.reference,
      settledAt: p.now,
    },
    select: { id: true },
  });
  await postTransaction(tx, {
    marketId: p.marketId,
    kind: "PAYMENT",
    method: p.method,
    reference: p.reference,
    orderId: p.orderId,
    paymentId: payment.id,
    createdById: p.createdById,
    occurredAt: p.now,
    entries: [
      { account: "SHOPPER", userId: p.userId, orderId: p.orderId, amountCents: p.amountCents },
      { account: holdingAccount(p.method), orderId: p.orderId, amountCents: -p.amountCents },
    ],
  });
  return payment;
}
