import { describe, expect, it } from "vitest";
import { vatBreakdown, type VatLine } from "@/lib/domain/order/vat-breakdown";

// Lines as PostgreSQL stores them (VAT = total × rate / (1 + rate) rounded half up, net = total − VAT).
const line = (vatRateBp: number, totalCents: number, vatCents: number): VatLine => ({
  vatRateBp,
  totalCents,
  vatCents,
  netCents: totalCents - vatCents,
});

describe("totals per VAT rate", () => {
  it.each([
    [0, [line(0, 1000, 0), line(0, 250, 0)], { totalCents: 1250, vatCents: 0, netCents: 1250 }],
    [210, [line(210, 1000, 21), line(210, 399, 8)], { totalCents: 1399, vatCents: 29, netCents: 1370 }],
    [550, [line(550, 743, 39), line(550, 1050, 55)], { totalCents: 1793, vatCents: 94, netCents: 1699 }],
    [1000, [line(1000, 1100, 100), line(1000, 5, 0)], { totalCents: 1105, vatCents: 100, netCents: 1005 }],
    // 3 c at 20 %: 0,5 c of VAT, rounded up to 1 on each line; the rate's VAT is 2, not round(6 / 6) = 1.
    [2000, [line(2000, 3, 1), line(2000, 3, 1)], { totalCents: 6, vatCents: 2, netCents: 4 }],
  ])("at %i bp sums the lines' stored figures, never recomputing from the sum", (rate, lines, expected) => {
    expect(vatBreakdown(lines)).toEqual({ rates: [{ vatRateBp: rate, ...expected }], ...expected });
  });

  it("lists each rate once, lowest first, and the grand totals are the sums of all lines", () => {
    const breakdown = vatBreakdown([
      line(2000, 1000, 167),
      line(550, 1050, 55),
      line(0, 400, 0),
      line(550, 200, 10),
      line(210, 1000, 21),
      line(1000, 1100, 100),
    ]);
    expect(breakdown.rates.map((r) => [r.vatRateBp, r.totalCents, r.vatCents, r.netCents])).toEqual([
      [0, 400, 0, 400],
      [210, 1000, 21, 979],
      [550, 1250, 65, 1185],
      [1000, 1100, 100, 1000],
      [2000, 1000, 167, 833],
    ]);
    expect(breakdown).toMatchObject({ totalCents: 4750, vatCents: 353, netCents: 4397 });
  });

  it("is empty, at zero, without lines", () => {
    expect(vatBreakdown([])).toEqual({ rates: [], totalCents: 0, vatCents: 0, netCents: 0 });
  });
});
