import { csvAmount, csvDay, writeCsv } from "@/lib/csv";
import { dayFromDate } from "@/lib/time";
import type { PayoutStatementRow } from "./list-payout-statements";

export function payoutStatementCsv(
  rows: PayoutStatementRow[],
  labels: { csvHeader: string[]; status: Record<string, string> },
): string {
  return writeCsv([
    labels.csvHeader,
    ...rows.map((r) => [
      r.marketName,
      r.producerName,
      csvDay(dayFromDate(r.distributionDay)),
      csvAmount(r.grossCents),
      csvAmount(r.feeCents),
      csvAmount(r.netCents),
      csvDay(dayFromDate(r.availableOn)),
      csvDay(r.paidAt ? r.paidAt.toISOString().slice(0, 10) : dayFromDate(r.scheduledFor)),
      labels.status[r.status] ?? r.status,
    ]),
  ]);
}
