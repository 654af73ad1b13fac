// Quantities as the phone handles them without the server: text with at most three decimals (« 1,25 », « 0.5 »),
// read into thousandths so that sums and line totals are exact integers, as PostgreSQL's Decimal(12,3) keeps them.

// null for anything adjust-basket.ts would refuse as unreadable.
export function toThousandths(text: string): number | null {
  const cleaned = text.trim().replace(",", ".");
  if (!/^\d+(\.\d{1,3})?$/.test(cleaned)) return null;
  const [units, fraction = ""] = cleaned.split(".");
  return Number(units) * 1000 + Number(fraction.padEnd(3, "0"));
}

// The decimal text the server stores for it (« 1.25 », « 2 »).
export function fromThousandths(thousandths: number): string {
  const units = Math.trunc(thousandths / 1000);
  const fraction = String(thousandths % 1000)
    .padStart(3, "0")
    .replace(/0+$/, "");
  return fraction ? `${units}.${fraction}` : String(units);
}

// lib/domain/order/line-total.ts's rule (quantity × unit price, rounded half up to the cent), in integers: at most
// 1 000 units of 10 000 € a line, 10^12 at most before dividing, well within a double's exact integers.
export function lineTotalCents(thousandths: number, unitPriceCents: number): number {
  return Math.floor((thousandths * unitPriceCents + 500) / 1000);
}
