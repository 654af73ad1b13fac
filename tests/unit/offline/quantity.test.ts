import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineTotalCents as serverLineTotal } from "@/lib/domain/order/line-total";
import { fromThousandths, lineTotalCents, toThousandths } from "@/lib/offline/quantity";

describe("quantities on the phone", () => {
  it("reads what adjust-basket.ts reads, and writes it back as the server stores it", () => {
    expect(["1,25", " 0.5", "2", "0", "1.250", "12,3"].map(toThousandths)).toEqual([1250, 500, 2000, 0, 1250, 12300]);
    expect(["", "1,2345", "-1", "1e3", "beaucoup", "1,2,3"].map(toThousandths)).toEqual(Array(6).fill(null));
    expect([1250, 2000, 500, 0, 1].map(fromThousandths)).toEqual(["1.25", "2", "0.5", "0", "0.001"]);
  });

  it("totals a line to the cent as the server does (half up), for every quantity and price a line may have", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (t, price) => {
        expect(lineTotalCents(t, price)).toBe(serverLineTotal(fromThousandths(t), price));
      }),
      { numRuns: 2000 },
    );
    // 0,5 × 14,85 € = 7,425 € → 7,43 €
    expect(lineTotalCents(500, 1485)).toBe(743);
  });
});
