import { parseMoney } from "@/lib/money";
import { DomainError } from "../errors";
import { MAX_ORDER_TOTAL_CENTS } from "../limits";

// What an admin types about money received or credited.

// An amount (« 12,50 », « 12.50 », « 1 234 »): integer cents, above zero and at most what an order may hold,
// or a message next to `field`.
export function parsePaymentAmount(text: string, field = "amount"): number {
  const cents = parseMoney(text);
  if (cents === null || cents === 0) throw new DomainError("AMOUNT_INVALID", field);
  if (cents > MAX_ORDER_TOTAL_CENTS) throw new DomainError("AMOUNT_TOO_LARGE", field);
  return cents;
}

export const MAX_REFERENCE_LENGTH = 140;

// A transfer's reference or a cheque's number, as written on it: kept trimmed, left out when blank.
export function paymentReference(text: string | undefined): string | undefined {
  const reference = text?.trim();
  if (!reference) return undefined;
  if (reference.length > MAX_REFERENCE_LENGTH) throw new DomainError("REFERENCE_TOO_LONG", "reference");
  return reference;
}
