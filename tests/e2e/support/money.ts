// Amounts as the French pages write them (« 12,26 € », with a no-break space before the sign), both ways.

export const euros = (cents: number) => new RegExp(`${(cents / 100).toFixed(2).replace(".", ",")}\\s€`);

// What a money field holds: « 12,26 ».
export const amountField = (cents: number) => (cents / 100).toFixed(2).replace(".", ",");

// The first amount written in `text`, in cents.
export function centsIn(text: string): number {
  const found = /([-−]?)(?<!\d)(\d{1,3}(?:\s\d{3})*),(\d{2})\s€/.exec(text);
  if (!found) throw new Error(`no amount in « ${text} »`);
  const [, sign, units, decimals] = found;
  return (sign ? -1 : 1) * Number(`${units.replace(/\s/g, "")}${decimals}`);
}
