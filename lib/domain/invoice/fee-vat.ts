import type { MarketVatStatus } from "@/generated/prisma/client";

// The French standard rate: the fee is the market's service to the producer, not food.
export const FEE_VAT_RATE_BP = 2000;

// The legal mention of a market under « franchise en base de TVA », printed on its invoices.
export const FRANCHISE_MENTION = "TVA non applicable, art. 293 B du CGI";

// The fee on an invoice. The fee the market takes (feeCents in reconcile-payouts.ts, on the statements and in the
// ledger) is what the producer pays, all taxes included: a liable market's invoice splits it into 20 % VAT and the
// rest (rounded half up to the cent, the VAT being the difference), so the invoice's total is the statement's fee
// to the cent. A market under the franchise charges no VAT: the fee is the total.
export function feeVat(feeCents: number, vatStatus: MarketVatStatus) {
  if (vatStatus === "FRANCHISE") return { excludingVatCents: feeCents, vatCents: 0, includingVatCents: feeCents };
  const excludingVatCents = Math.round((feeCents * 10_000) / (10_000 + FEE_VAT_RATE_BP));
  return { excludingVatCents, vatCents: feeCents - excludingVatCents, includingVatCents: feeCents };
}
