// What a quantity of a product counts, for showing it with its unit everywhere (basket, order, account, market
// page): « 0,5 kg » of bulk almonds, « 2 × 500 g » of honey jars, « 3 » loaves. Plain strings, so that it goes to
// the browser in a personal view as it is (lib/i18n/format-quantity.ts writes it in the reader's language).
export type QuantityUnit = {
  // « kg », « g », « L », « cl », « ml »; "" for pieces.
  symbol: string;
  // The pack one item is, as a decimal (« 500 »), when the quantity counts packs; null when it counts the unit itself.
  pack: string | null;
};

type Unit = "PIECE" | "KG" | "G" | "L" | "CL" | "ML";
const SYMBOL: Record<Unit, string> = { PIECE: "", KG: "kg", G: "g", L: "L", CL: "cl", ML: "ml" };

export function quantityUnitOf(product: {
  unit: Unit;
  quantityPerUnit: { toString(): string } | string | number;
  bulk: boolean;
  variableWeight: boolean;
}): QuantityUnit {
  if (product.unit === "PIECE") return { symbol: "", pack: null };
  const per = Number(product.quantityPerUnit.toString());
  // Bulk and variable-weight products are ordered in their unit of measure (PRODUCT.md); packs are counted.
  if ((product.bulk || product.variableWeight) && per === 1) return { symbol: SYMBOL[product.unit], pack: null };
  return { symbol: SYMBOL[product.unit], pack: String(per) };
}
