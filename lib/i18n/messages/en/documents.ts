import type { documents as fr } from "../fr/documents";

export const documents: typeof fr = {
  dayFormat: "dd/MM/yyyy",
  monthFormat: "MMMM yyyy",
  rate: (rate: string) => `${rate}%`,
  product: "Product",
  quantity: "Quantity",
  unitPrice: "Unit price incl. VAT",
  total: "Total incl. VAT",
  units: { PIECE: "", KG: "kg", G: "g", L: "L", CL: "cl", ML: "ml" },
  vatTitle: "VAT per rate",
  vatColumns: ["Rate", "Excl. VAT", "VAT", "Incl. VAT"],
  vatAll: "Total",
  statement: {
    titleMonth: (month: string) => `Sales statement — ${month}`,
    titleDistribution: (market: string, day: string) => `Sales statement — ${market}, distribution of ${day}`,
    producer: (name: string) => `Producer: ${name}`,
    issuedOn: (day: string) => `Issued on ${day}`,
    linesTitle: "Sales",
    sharesTitle: "Who pays you",
    distribution: "Distribution",
    sales: "Sales incl. VAT",
    fees: "Market fees",
    cabas: "Paid by Cabas",
    marketShare: "Market's share",
    settled: "Paid by the market",
    due: "Owed by the market",
    totals: "Totals",
    pendingRow: "Payouts not computed yet",
    pending: (count: number) =>
      count === 1
        ? "One distribution awaits its payouts: its fees and shares are not in the totals."
        : `${count} distributions await their payouts: their fees and shares are not in the totals.`,
    downloadMonth: (month: string) => `Statement ${month} (PDF)`,
    downloadDistribution: "Statement (PDF)",
    monthsTitle: "Monthly sales statements (PDF)",
    filenameMonth: (month: string) => `sales-statement-${month}.pdf`,
    filenameDistribution: (day: string) => `sales-statement-${day}.pdf`,
  },
};
