import type { Tx } from "@/lib/db/client";
import { DomainError } from "../errors";
import { shopperBalanceCents } from "./balances";

// A basket paid from the balance must leave it at zero or above, at confirmation and after every change.
export async function requireBalanceCovers(tx: Tx, marketId: string, userId: string, field: string) {
  if ((await shopperBalanceCents(tx, marketId, userId)) < 0) throw new DomainError("BALANCE_TOO_LOW", field);
}
