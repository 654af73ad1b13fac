import type { LedgerMethod } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";

// The order the methods are shown in: the till's first (what the referent counts at the end of the day), then
// the market's bank and Cabas's Stripe balance.
export const PAYMENT_METHODS_SHOWN = ["CASH", "CHEQUE", "CARD_TERMINAL", "TRANSFER", "CARD"] as const;
export const TILL_METHODS: readonly LedgerMethod[] = ["CASH", "CHEQUE", "CARD_TERMINAL"];

// What the baskets of a distribution brought in, per method, read from the ledger: the money side of each
// payment for them, less the payments reversed since. Card refunds are not taken off: the till never held
// that money. One statement (the day screen reads it beside its baskets).
export async function tillTotals(tx: Tx, distributionId: string) {
  const sums = await tx.$queryRaw<{ method: LedgerMethod; cents: number }[]>`
    SELECT t.method::text AS method, -SUM(e."amountCents")::int AS cents
    FROM "LedgerEntry" e
    JOIN "LedgerTransaction" t ON t.id = e."transactionId"
    JOIN "Order" o ON o.id = t."orderId"
    WHERE e.account IN ('MARKET_TILL', 'MARKET_BANK', 'PLATFORM_STRIPE')
      AND t.kind IN ('PAYMENT', 'REVERSAL') AND t."paymentId" IS NOT NULL AND o."distributionId" = ${distributionId}
    GROUP BY t.method`;
  const totals = new Map(sums.map((s) => [s.method, s.cents]));
  const byMethod = PAYMENT_METHODS_SHOWN.map((method) => ({ method, cents: totals.get(method) ?? 0 }));
  return {
    byMethod,
    tillCents: byMethod.filter((m) => TILL_METHODS.includes(m.method)).reduce((s, m) => s + m.cents, 0),
  };
}
