// Money is integer cents everywhere; these are the only places it becomes text or comes back from text.

export function formatMoney(cents: number, locale: string): string {
  return new Intl.NumberFormat(locale === "en" ? "en-GB" : "fr-FR", { style: "currency", currency: "EUR" }).format(cents / 100);
}

// Accepts « 3,20 », « 3.20 », « 3 », « 3,2 » and « 1 234,50 »; returns null for anything else.
export function parseMoney(text: string): number | null {
  const cleaned = text.trim().replace(/[\s\u00a0\u202f€]/g, "").replace(",", ".");
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  const [units, fraction = ""] = cleaned.split(".");
  return Number(units) * 100 + Number(fraction.padEnd(2, "0"));
}
