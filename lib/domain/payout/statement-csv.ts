import { csvEuros, toCsv } from "@/lib/csv";
import { dayFromDate } from "@/lib/time";
import type { PayoutStatementRow } from "./list-payout-statements";

export function payoutStatementCsv(
  rows: PayoutStatementRow[],
  labels: { csvHeader: string[]; status: Record<string, string> },
): string {
  return toCsv([
    labels.csvHeader,
    ...rows.map((r) => [
      r.marketName,
      r.producerName,
      dayFromDate(r.distributionDay),
      csvEuros(r.grossCents),
      csvEuros(r.feeCents),
      csvEuros(r.netCents),
      dayFromDate(r.availableOn),
      r.paidAt ? r.paidAt.toISOString().slice(0, 10) : dayFromDate(r.scheduledFor),
      labels.status[r.status] ?? r.status,
    ]),
  ]);
}
