// Totals per VAT rate (PRODUCT.md, VAT): each order line's total, VAT and net are computed once by PostgreSQL
// (generated columns, migration 0008) and reports only add them up, rate by rate, so a sum never drifts from its
// lines by a rounding. The rows here are those stored columns, read alongside the lines a page already loads.
export type VatLine = { vatRateBp: number; totalCents: number; vatCents: number; netCents: number };

export type VatBreakdown = {
  // One row per rate that occurs, lowest rate first.
  rates: VatLine[];
  totalCents: number;
  vatCents: number;
  netCents: number;
};

export function vatBreakdown(lines: Iterable<VatLine>): VatBreakdown {
  const byRate = new Map<number, VatLine>();
  const grand = { totalCents: 0, vatCents: 0, netCents: 0 };
  for (const l of lines) {
    const rate = byRate.get(l.vatRateBp) ?? { vatRateBp: l.vatRateBp, totalCents: 0, vatCents: 0, netCents: 0 };
    for (const sum of [rate, grand]) {
      sum.totalCents += l.totalCents;
      sum.vatCents += l.vatCents;
      sum.netCents += l.netCents;
    }
    byRate.set(l.vatRateBp, rate);
  }
  return { rates: [...byRate.values()].sort((a, b) => a.vatRateBp - b.vatRateBp), ...grand };
}
