import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/domain/errors";
import { parseQuantity } from "@/lib/domain/order/parse-quantity";
import { priceLabel } from "@/lib/domain/product/unit-price";

const bulk = { bulk: true, variableWeight: false, step: "0.1" };
const piece = { bulk: false, variableWeight: false, step: null };

describe("parseQuantity", () => {
  it.each([
    ["0,5", bulk, "0.5"],
    ["0.5", bulk, "0.5"],
    [" 1,2 ", bulk, "1.2"],
    ["2", piece, "2"],
    ["3", bulk, "3"],
  ])("« %s » → %s", (text, rules, expected) => {
    expect(parseQuantity(text, rules).toString()).toBe(expected);
  });

  it.each([
    ["-1", piece, "QUANTITY_INVALID"],
    ["0", piece, "QUANTITY_NOT_POSITIVE"],
    ["0,0", bulk, "QUANTITY_NOT_POSITIVE"],
    ["deux", piece, "QUANTITY_INVALID"],
    ["1,5", piece, "QUANTITY_WHOLE_ONLY"],
    ["0,25", bulk, "QUANTITY_NOT_STEP"],
    ["0,1234", { ...bulk, step: null }, "QUANTITY_TOO_PRECISE"],
    ["1e3", piece, "QUANTITY_INVALID"],
    ["5000", piece, "QUANTITY_TOO_LARGE"],
  ])("refuses « %s » with %s", (text, rules, code) => {
    expect(() => parseQuantity(text, rules)).toThrow(new DomainError(code, "quantity"));
  });
});

describe("priceLabel", () => {
  const base = { bulk: false, variableWeight: false };
  it.each([
    [
      { ...base, unit: "G" as const, quantityPerUnit: 500, priceCents: 320 },
      { quantity: "500 g", price: "3,20 €", reference: "6,40 €/kg" },
    ],
    [
      { ...base, unit: "KG" as const, quantityPerUnit: 2.5, priceCents: 450 },
      { quantity: "2,5 kg", price: "4,50 €", reference: "1,80 €/kg" },
    ],
    [
      { ...base, unit: "CL" as const, quantityPerUnit: 75, priceCents: 600 },
      { quantity: "75 cl", price: "6,00 €", reference: "8,00 €/L" },
    ],
    [
      { ...base, unit: "L" as const, quantityPerUnit: 1, priceCents: 380 },
      { quantity: "1 L", price: "3,80 €", reference: null },
    ],
    [
      { ...base, unit: "PIECE" as const, quantityPerUnit: 1, priceCents: 130 },
      { quantity: "pièce", price: "1,30 €", reference: null },
    ],
    [
      { bulk: true, variableWeight: false, unit: "KG" as const, quantityPerUnit: 1, priceCents: 1485 },
      { quantity: "kg", price: "14,85 €/kg", reference: null },
    ],
  ])("%o", (product, expected) => {
    const label = priceLabel(product, "fr", "pièce");
    expect({
      ...label,
      price: label.price.replace(/\u202f|\u00a0/g, " "),
      reference: label.reference?.replace(/\u202f|\u00a0/g, " ") ?? null,
    }).toEqual(expected);
  });
});
