import type { VatBreakdown } from "@/lib/domain/order/vat-breakdown";
import { formatDecimal } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money";
import { Table, TableBody, TableCell, TableFooter, TableHead, TableHeader, TableRow } from "../ui/table";

// The VAT included in a set of order lines, per rate (PRODUCT.md: « reports show VAT per rate »): net, VAT and
// total of each rate, then of all. Each rate's row names it (a row header), so a phone's card starts with it.
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
  const figures = (net: number, vat: number, total: number) => (
    <>
      <TableCell label={v.net} className="text-right">
        {money(net)}
      </TableCell>
      <TableCell label={v.vat} className="text-right">
        {money(vat)}
      </TableCell>
      <TableCell label={v.total} className="text-right">
        {money(total)}
      </TableCell>
    </>
  );
  return (
    <div className={className}>
      <Table data-vat-breakdown>
        <caption className="caption-top p-2 text-left font-semibold max-sm:block max-sm:px-0">{caption}</caption>
        <TableHeader>
          <TableRow>
            <TableHead>{v.rate}</TableHead>
            <TableHead className="text-right">{v.net}</TableHead>
            <TableHead className="text-right">{v.vat}</TableHead>
            <TableHead className="text-right">{v.total}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {breakdown.rates.map((r) => (
            <TableRow key={r.vatRateBp} data-vat-rate={r.vatRateBp}>
              <TableHead scope="row" role="rowheader" className="font-normal max-sm:p-0">
                {v.percent(formatDecimal(r.vatRateBp / 100, locale))}
              </TableHead>
              {figures(r.netCents, r.vatCents, r.totalCents)}
            </TableRow>
          ))}
        </TableBody>
        <TableFooter>
          <TableRow data-vat-rate="all" className="border-0">
            <TableHead scope="row" role="rowheader" className="max-sm:p-0">
              {v.all}
            </TableHead>
            {figures(breakdown.netCents, breakdown.vatCents, breakdown.totalCents)}
          </TableRow>
        </TableFooter>
      </Table>
    </div>
  );
}
