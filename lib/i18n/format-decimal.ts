import type { Locale } from "./locales";

const decimalFormatters = new Map<string, Intl.NumberFormat>();

export function formatDecimal(value: number | string, locale: Locale, maximumFractionDigits = 3): string {
  const key = `${locale}:${maximumFractionDigits}`;
  let formatter = decimalFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale === "en" ? "en-GB" : "fr-FR", { maximumFractionDigits });
    decimalFormatters.set(key, formatter);
  }
  return formatter.format(Number(value));
}
