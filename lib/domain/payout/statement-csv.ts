import { csvAmount, csvDay, writeCsv, type CsvCell } from "@/lib/csv";
import { formatDecimal } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money";
import type { StatementRow } from "./list-payout-statements";

// The statements as a spreadsheet: one row per producer and distribution, a VAT column per rate that occurs,
// and the figures a statement shows (empty until the payouts are scheduled, when the state column says so).
export function statementCsv(rows: StatementRow[], labels: Messages["statements"], locale: Locale): string {
  const rates = [...new Set(rows.flatMap((r) => r.vat.map((v) => v.rateBp)))].sort((a, b) => a - b);
  const [market, distribution, producer, sales, ...shares] = labels.csv.header;
  return writeCsv([
    [
      market,
      distribution,
      producer,
      sales,
      ...rates.map((rate) => labels.csv.vat(formatDecimal(rate / 100, locale))),
      ...shares,
    ],
    ...rows.map((r) => [
      r.marketName,
      csvDay(r.distributionDay),
      r.producerName,
      csvAmount(r.salesCents),
      ...rates.map((rate) => csvAmount(r.vat.find((v) => v.rateBp === rate)?.vatCents ?? 0)),
      ...sharesCells(r, labels, locale),
    ]),
  ]);
}

function sharesCells(r: StatementRow, labels: Messages["statements"], locale: Locale): CsvCell[] {
  if (!r.shares) return [null, null, null, labels.pending, null, null, null, null, null];
  const { cabas, market } = r.shares;
  return [
    csvAmount(r.shares.feeCents),
    csvAmount(r.shares.onlineCents),
    csvAmount(cabas?.amountCents ?? 0),
    cabas ? labels.payoutStatus[cabas.status] : labels.nothingOnline,
    cabas ? csvDay(cabas.paidOn ?? cabas.scheduledFor) : null,
    csvAmount(market.shareCents),
    csvAmount(market.settledCents),
    csvAmount(market.dueCents),
    r.settlements
      .map((s) =>
        [
          labels.settlement(formatMoney(s.amountCents, locale), labels.methods[s.method ?? ""] ?? "", s.paidOn),
          s.reference && labels.settlementReference(s.reference),
          s.reversed && labels.reversedBadge,
        ]
          .filter(Boolean)
          .join(" · "),
      )
      .join(" | "),
  ];
}
