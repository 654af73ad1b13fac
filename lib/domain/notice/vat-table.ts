import type { EmailTableProps } from "@/emails/email-table";
import { formatDecimal } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money";
import type { VatBreakdown } from "../order/vat-breakdown";

// A basket's VAT per rate in an e-mail: the rows of the pages' table (components/money/vat-breakdown-table.tsx),
// rate, net, VAT and incl. VAT, then the total, as the text an e-mail's template takes.
export function vatTable(breakdown: VatBreakdown, t: Messages, locale: Locale): EmailTableProps {
  const v = t.money.vat;
  const money = (cents: number) => formatMoney(cents, locale);
  const row = (label: string, sums: Omit<VatBreakdown, "rates">) => [
    label,
    money(sums.netCents),
    money(sums.vatCents),
    money(sums.totalCents),
  ];
  return {
    caption: v.orderCaption,
    head: [v.rate, v.net, v.vat, v.total],
    rows: [
      ...breakdown.rates.map((r) => row(v.percent(formatDecimal(r.vatRateBp / 100, locale)), r)),
      row(v.all, breakdown),
    ],
  };
}
