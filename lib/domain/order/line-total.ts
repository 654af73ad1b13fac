import { Prisma } from "@/generated/prisma/client";

export type DecimalValue = Prisma.Decimal | string | number;

// Line total = quantity × unit price, rounded to the cent once per line (half up), then lines are summed.
// Decimal arithmetic: 0,5 × 14,85 € is exactly 7,425 €, which a binary float could round the wrong way.
export function lineTotalCents(quantity: DecimalValue, unitPriceCents: number): number {
  return new Prisma.Decimal(quantity).mul(unitPriceCents).toDecimalPlaces(0, Prisma.Decimal.ROUND_HALF_UP).toNumber();
}

export function orderTotalCents(lines: { quantity: DecimalValue; unitPriceCents: number }[]): number {
  return lines.reduce((sum, line) => sum + lineTotalCents(line.quantity, line.unitPriceCents), 0);
}

// What the shopper owes for a line: the delivered quantity once the referent has adjusted it (missing item,
// real weight), the ordered quantity before.
export function effectiveQuantity(line: {
  quantity: DecimalValue;
  deliveredQuantity: DecimalValue | null;
}): DecimalValue {
  return line.deliveredQuantity ?? line.quantity;
}

export function currentOrderTotalCents(
  lines: { quantity: DecimalValue; deliveredQuantity: DecimalValue | null; unitPriceCents: number }[],
): number {
  return orderTotalCents(
    lines.map((line) => ({ quantity: effectiveQuantity(line), unitPriceCents: line.unitPriceCents })),
  );
}
