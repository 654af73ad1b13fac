import { Prisma } from "@/generated/prisma/client";
import { formatDecimal } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money";

type Unit = "PIECE" | "KG" | "G" | "L" | "CL" | "ML";
type ProductPricing = {
  unit: Unit;
  quantityPerUnit: Prisma.Decimal | string | number;
  priceCents: number;
  bulk: boolean;
  variableWeight: boolean;
};

const SYMBOL: Record<Unit, string> = { PIECE: "", KG: "kg", G: "g", L: "L", CL: "cl", ML: "ml" };
// How many kg or L one unit of each unit is, for the reference price per kg / L.
const TO_REFERENCE: Partial<Record<Unit, { factor: number; symbol: string }>> = {
  KG: { factor: 1, symbol: "kg" },
  G: { factor: 0.001, symbol: "kg" },
  L: { factor: 1, symbol: "L" },
  CL: { factor: 0.01, symbol: "L" },
  ML: { factor: 0.001, symbol: "L" },
};

// « 500 g — 3,20 € · 6,40 €/kg »; bulk and variable-weight products are priced per unit of measure (« 14,85 €/kg »).
export function priceLabel(
  p: ProductPricing,
  locale: Locale,
  pieceLabel: string,
): { quantity: string; price: string; reference: string | null } {
  const per = new Prisma.Decimal(p.quantityPerUnit);
  const price = formatMoney(p.priceCents, locale);
  if ((p.bulk || p.variableWeight) && p.unit !== "PIECE") {
    const amount = per.equals(1) ? "" : `${formatDecimal(per.toString(), locale)} `;
    return { quantity: `${amount}${SYMBOL[p.unit]}`, price: `${price}/${amount}${SYMBOL[p.unit]}`, reference: null };
  }
  if (p.unit === "PIECE")
    return {
      quantity: per.equals(1) ? pieceLabel : `${formatDecimal(per.toString(), locale)} × ${pieceLabel}`,
      price,
      reference: null,
    };
  const ref = TO_REFERENCE[p.unit]!;
  const referenceCents = new Prisma.Decimal(p.priceCents)
    .div(per.mul(ref.factor))
    .toDecimalPlaces(0, Prisma.Decimal.ROUND_HALF_UP)
    .toNumber();
  const quantity = `${formatDecimal(per.toString(), locale)} ${SYMBOL[p.unit]}`;
  const isReference = per.mul(ref.factor).equals(1);
  return { quantity, price, reference: isReference ? null : `${formatMoney(referenceCents, locale)}/${ref.symbol}` };
}
