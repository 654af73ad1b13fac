import type { VatBreakdown } from "@/lib/domain/order/vat-breakdown";
import { formatDecimal } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money";
import { cn } from "../ui/cn";

// The VAT included in a set of order lines, per rate (PRODUCT.md: « reports show VAT per rate »): net, VAT and
// total of each rate, then of all. Four short figures a row, so it fits a phone's width.
export function VatBreakdownTable({
  breakdown,
  caption,
  locale,
  t,
  className,
}: {
  breakdown: VatBreakdown;
  caption: string;
  locale: Locale;
  t: Messages;
  className?: string;
}) {
  const v = t.money.vat;
  const money = (cents: number) => formatMoney(cents, locale);
  return (
    <table className={cn("w-full rounded-lg bg-white text-sm", className)} data-vat-breakdown>
      <caption className="p-2 text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-earth-100 text-left">
          <th className="p-2">{v.rate}</th>
          <th className="p-2 text-right">{v.net}</th>
          <th className="p-2 text-right">{v.vat}</th>
          <th className="p-2 text-right">{v.total}</th>
        </tr>
      </thead>
      <tbody>
        {breakdown.rates.map((r) => (
          <tr key={r.vatRateBp} className="border-b border-earth-100" data-vat-rate={r.vatRateBp}>
            <th scope="row" className="p-2 text-left font-normal">
              {v.percent(formatDecimal(r.vatRateBp / 100, locale))}
            </th>
            <td className="p-2 text-right">{money(r.netCents)}</td>
            <td className="p-2 text-right">{money(r.vatCents)}</td>
            <td className="p-2 text-right">{money(r.totalCents)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="font-semibold" data-vat-rate="all">
          <th scope="row" className="p-2 text-left">
            {v.all}
          </th>
          <td className="p-2 text-right">{money(breakdown.netCents)}</td>
          <td className="p-2 text-right">{money(breakdown.vatCents)}</td>
          <td className="p-2 text-right">{money(breakdown.totalCents)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
