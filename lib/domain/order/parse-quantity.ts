import { Prisma } from "@/generated/prisma/client";
import { DomainError } from "../errors";
import { MAX_QUANTITY } from "./max-quantity";

type QuantityRules = { bulk: boolean; variableWeight: boolean; step: Prisma.Decimal | string | number | null };

// « 0,5 » and « 0.5 » are the same half kilo. Decimal quantities only for bulk and variable-weight products,
// in multiples of their step; whole numbers otherwise; never zero or negative, at most 3 decimals.
export function parseQuantity(text: string, rules: QuantityRules, field = "quantity"): Prisma.Decimal {
  const cleaned = text.trim().replace(/\s/g, "").replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(cleaned)) throw new DomainError("QUANTITY_INVALID", field);
  const quantity = new Prisma.Decimal(cleaned);
  if (quantity.lte(0)) throw new DomainError("QUANTITY_NOT_POSITIVE", field);
  if (quantity.gt(MAX_QUANTITY)) throw new DomainError("QUANTITY_TOO_LARGE", field);
  if (quantity.decimalPlaces() > 3) throw new DomainError("QUANTITY_TOO_PRECISE", field);
  const decimalAllowed = rules.bulk || rules.variableWeight;
  if (!decimalAllowed && !quantity.isInteger()) throw new DomainError("QUANTITY_WHOLE_ONLY", field);
  if (decimalAllowed && rules.step && !quantity.mod(new Prisma.Decimal(rules.step)).isZero())
    throw new DomainError("QUANTITY_NOT_STEP", field);
  return quantity;
}
