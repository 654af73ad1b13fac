import { describe, expect, it } from "vitest";
import { lineTotalCents, orderTotalCents } from "@/lib/domain/order/line-total";

describe("line totals", () => {
  it.each([
    ["0.5", 1485, 743], // seed 002: 0,5 kg of almonds at 14,85 €/kg = 7,43 €
    ["0.25", 1023, 256],
    ["1", 240, 240],
    ["0.333", 1000, 333],
    ["2", 130, 260],
    ["0.125", 1100, 138],
  ])("%s × %i c = %i c, rounded half up once per line", (quantity, price, expected) => {
    expect(lineTotalCents(quantity, price)).toBe(expected);
  });

  it("sums lines after rounding each", () => {
    expect(
      orderTotalCents([
        { quantity: "0.5", unitPriceCents: 1485 },
        { quantity: "0.5", unitPriceCents: 1485 },
      ]),
    ).toBe(1486);
  });
});
