import type { LedgerMethod } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";

// The order the methods are shown in: the till's first (what the referent counts at the end of the day), then
// the market's bank and Cabas's Stripe balance.
export const PAYMENT_METHODS_SHOWN = ["CASH", "CHEQUE", "CARD_TERMINAL", "TRANSFER", "CARD"] as const;
export const TILL_METHODS: readonly LedgerMethod[] = ["CASH", "CHEQUE", "CARD_TERMINAL"];

// What the baskets of a distribution brought in, per method, read from the ledger: the money side of each
// payment for them, less the payments reversed since. Card refunds are not taken off: the till never held
// that money.
export async function tillTotals(tx: Tx, distributionId: string) {
  const entries = await tx.ledgerEntry.findMany({
    where: {
      account: { in: ["MARKET_TILL", "MARKET_BANK", "PLATFORM_STRIPE"] },
      transaction: { kind: { in: ["PAYMENT", "REVERSAL"] }, paymentId: { not: null }, order: { distributionId } },
    },
    select: { amountCents: true, transaction: { select: { method: true } } },
  });
  const totals = new Map<LedgerMethod, number>();
  for (const e of entries) {
    const method = e.transaction.method!;
    totals.set(method, (totals.get(method) ?? 0) - e.amountCents);
  }
  const byMethod = PAYMENT_METHODS_SHOWN.map((method) => ({ method, cents: totals.get(method) ?? 0 }));
  return {
    byMethod,
    tillCents: byMethod.filter((m) => TILL_METHODS.includes(m.method)).reduce((s, m) => s + m.cents, 0),
  };
}
