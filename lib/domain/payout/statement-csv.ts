import { csvAmount, csvDay, writeCsv, type CsvCell } from "@/lib/csv";
import { formatDecimal } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money";
import type { StatementRow } from "./list-payout-statements";

// The statements as a spreadsheet: one row per producer and distribution, a net and a VAT column per rate that
// occurs (what a VAT return asks), and the figures a statement shows (empty until the payouts are scheduled, when the state column says so).
export function statementCsv(rows: StatementRow[], labels: Messages["statements"], locale: Locale): string {
  const rates = [...new Set(rows.flatMap((r) => r.vat.rates.map((v) => v.vatRateBp)))].sort((a, b) => a - b);
  const [market, distribution, producer, sales, ...shares] = labels.csv.header;
  return writeCsv([
    [
      market,
      distribution,
      producer,
      sales,
      ...rates.flatMap((rate) => {
        const percent = formatDecimal(rate / 100, locale);
        return [labels.csv.net(percent), labels.csv.vat(percent)];
      }),
      ...shares,
    ],
    ...rows.map((r) => [
      r.marketName,
      csvDay(r.distributionDay),
      r.producerName,
      csvAmount(r.salesCents),
      ...rates.flatMap((rate) => {
        const atRate = r.vat.rates.find((v) => v.vatRateBp === rate);
        return [csvAmount(atRate?.netCents ?? 0), csvAmount(atRate?.vatCents ?? 0)];
      }),
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
