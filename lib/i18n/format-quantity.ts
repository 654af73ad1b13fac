import type { QuantityUnit } from "@/lib/domain/product/quantity-unit";
import { formatDecimal } from "./format-decimal";
import type { Locale } from "./locales";

// « 0,5 kg », « 2 × 500 g », « 3 » (lib/domain/product/quantity-unit.ts); light enough for the browser.
export function formatQuantity(quantity: string | number, unit: QuantityUnit, locale: Locale): string {
  const amount = formatDecimal(quantity, locale);
  if (unit.pack !== null) return `${amount} × ${formatDecimal(unit.pack, locale)} ${unit.symbol}`;
  return unit.symbol ? `${amount} ${unit.symbol}` : amount;
}
