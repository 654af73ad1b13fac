import type { LedgerAccount } from "@/generated/prisma/client";

// Who each account of the ledger belongs to, and its number in a French chart of accounts (plan comptable
// général), so that each entity's journal can be exported for its books. A shopper's and a producer's accounts
// are kept by the market about them (third-party accounts, class 4); Stripe's balance is Cabas's, held for the
// market.
export type AccountOwner = "platform" | "market" | "producer" | "shopper";

export const ACCOUNTS: Record<LedgerAccount, { owner: AccountOwner; number: string }> = {
  SHOPPER: { owner: "shopper", number: "4110" }, // clients
  PRODUCER: { owner: "producer", number: "4670" }, // autres comptes débiteurs ou créditeurs (mandants)
  MARKET_TILL: { owner: "market", number: "5300" }, // caisse
  MARKET_BANK: { owner: "market", number: "5120" }, // banque
  PLATFORM_STRIPE: { owner: "platform", number: "5170" }, // autres organismes financiers
  REFUNDS_IN_FLIGHT: { owner: "platform", number: "5800" }, // virements internes
  MARKET_FEES: { owner: "market", number: "7060" }, // prestations de services
  MARKET_EXPENSES: { owner: "market", number: "6580" }, // charges diverses de gestion courante
};

// Where money taken for a shopper is held, by how it was paid.
export function holdingAccount(method: "CASH" | "CHEQUE" | "CARD_TERMINAL" | "TRANSFER" | "CARD"): LedgerAccount {
  if (method === "CARD") return "PLATFORM_STRIPE";
  if (method === "TRANSFER") return "MARKET_BANK";
  return "MARKET_TILL";
}
