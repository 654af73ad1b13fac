import { describe, expect, it } from "vitest";
import { quantityUnitOf } from "@/lib/domain/product/quantity-unit";
import { formatQuantity } from "@/lib/i18n/format-quantity";

const product = (unit: "PIECE" | "KG" | "G" | "L", quantityPerUnit: string, bulk = false, variableWeight = false) => ({
  unit,
  quantityPerUnit,
  bulk,
  variableWeight,
});

describe("a quantity with its unit", () => {
  it.each([
    [product("KG", "1", true), "0.5", "fr", "0,5 kg"],
    [product("KG", "1", true), "0.5", "en", "0.5 kg"],
    [product("KG", "1", false, true), "1.25", "fr", "1,25 kg"],
    [product("G", "500"), "2", "fr", "2 × 500 g"],
    [product("L", "1.5"), "1", "fr", "1 × 1,5 L"],
    [product("KG", "2.5"), "3", "fr", "3 × 2,5 kg"],
    [product("PIECE", "1"), "3", "fr", "3"],
  ] as const)("%o × %s (%s) reads « %s »", (p, quantity, locale, expected) => {
    expect(formatQuantity(quantity, quantityUnitOf(p), locale)).toBe(expected);
  });
});
