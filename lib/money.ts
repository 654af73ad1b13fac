// Money is integer cents everywhere; these are the only places it becomes text or comes back from text.

const formatters = new Map<string, Intl.NumberFormat>();

// Intl formatters are costly to build: one per locale, reused (a shop page formats a hundred prices).
function euroFormatter(locale: string): Intl.NumberFormat {
  const tag = locale === "en" ? "en-GB" : "fr-FR";
  let formatter = formatters.get(tag);
  if (!formatter) {
    formatter = new Intl.NumberFormat(tag, { style: "currency", currency: "EUR" });
    formatters.set(tag, formatter);
  }
  return formatter;
}

export function formatMoney(cents: number, locale: string): string {
  return euroFormatter(locale).format(cents / 100);
}

// Accepts « 3,20 », « 3.20 », « 3 », « 3,2 » and « 1 234,50 »; returns null for anything else.
export function parseMoney(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/[\s\u00a0\u202f€]/g, "")
    .replace(",", ".");
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  const [units, fraction = ""] = cleaned.split(".");
  return Number(units) * 100 + Number(fraction.padEnd(2, "0"));
}

// An amount to put back in a form field, as the reader types it (« 12,50 », « 12.50 »), no symbol or grouping,
// so that parseMoney reads it again as it is.
export function formatAmountInput(cents: number, locale: string): string {
  const separator = locale === "en" ? "." : ",";
  return `${Math.trunc(cents / 100)}${separator}${String(cents % 100).padStart(2, "0")}`;
}
