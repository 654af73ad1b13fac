import type { ReactNode } from "react";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ReportFilters } from "@/lib/domain/report/report-filters";
import type { Sums, SalesSummary } from "@/lib/domain/report/sales-summary";
import { formatDecimal } from "@/lib/i18n/format-decimal";
import { formatDay } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money";
import { dayFromDate } from "@/lib/time";
import { SalesChart } from "./sales-chart";
import { Card } from "@/components/ui/card";

// The sales report's figures, the same for a market's admins and a producer's team: totals, the chart per
// distribution, then one table per grouping, each with its total incl. VAT, VAT and net columns.
export function SalesReport({
  summary,
  filters,
  downloadHref,
  r,
  locale,
}: {
  summary: SalesSummary;
  filters: ReportFilters;
  // The download route of this report, without its query.
  downloadHref: string;
  r: Messages["reports"];
  locale: Locale;
}) {
  const money = (cents: number) => formatMoney(cents, locale);
  const day = (date: Date) => formatDay(dayFromDate(date), r.dayFormat, locale);
  const query = new URLSearchParams({
    du: filters.from,
    au: filters.to,
    ...(filters.producerId ? { producteur: filters.producerId } : {}),
    ...(filters.marketId ? { marche: filters.marketId } : {}),
    ...(filters.method ? { paiement: filters.method } : {}),
  });
  const sumCells = (s: Sums) => (
    <>
      <TableCell label={r.total} className="text-right tabular-nums">
        {money(s.totalCents)}
      </TableCell>
      <TableCell label={r.vat} className="text-right tabular-nums">
        {money(s.vatCents)}
      </TableCell>
      <TableCell label={r.net} className="text-right tabular-nums">
        {money(s.netCents)}
      </TableCell>
    </>
  );
  const table = (id: string, title: string, headers: string[], rows: { key: string; cells: ReactNode }[]) =>
    rows.length > 0 && (
      <section aria-labelledby={id} className="flex flex-col gap-2">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        <Table>
          <TableHeader>
            <TableRow>
              {[...headers, r.total, r.vat, r.net].map((h, i) => (
                <TableHead key={h} className={i >= headers.length ? "text-right" : undefined}>
                  {h}
                </TableHead>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.key}>{row.cells}</TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
    );
  const total = summary.total;
  return (
    <div className="flex flex-col gap-6">
      <Card asChild>
        <section aria-labelledby="report-totals" className="flex-row flex-wrap items-center gap-4">
          <h2 id="report-totals" className="sr-only">
            {r.total}
          </h2>
          <p data-report-total className="text-2xl font-bold tabular-nums">
            {money(total.totalCents)}
          </p>
          <p className="text-sm text-muted">
            {r.totals(total.baskets)} · {r.vat} {money(total.vatCents)} · {r.net} {money(total.netCents)}
          </p>
          <p className="ml-auto flex gap-2 text-sm">
            <span>{r.download} :</span>
            <a href={`${downloadHref}?${query}&format=csv`} className="font-semibold text-leaf-700 underline">
              {r.csv}
            </a>
            <a href={`${downloadHref}?${query}&format=xlsx`} className="font-semibold text-leaf-700 underline">
              {r.xlsx}
            </a>
          </p>
        </section>
      </Card>
      {total.baskets === 0 ? (
        <Card asChild>
          <p>{r.none}</p>
        </Card>
      ) : (
        <>
          <section aria-labelledby="by-distribution" className="flex flex-col gap-2">
            <h2 id="by-distribution" className="text-lg font-semibold">
              {r.byDistribution}
            </h2>
            <SalesChart
              bars={summary.distributions.map((d) => ({ id: d.id, label: day(d.day), totalCents: d.totalCents }))}
              label={r.chartLabel(
                formatDay(filters.from, r.dayFormat, locale),
                formatDay(filters.to, r.dayFormat, locale),
              )}
              locale={locale}
            />
          </section>
          {table(
            "by-distribution-table",
            r.day,
            [r.day, r.baskets],
            summary.distributions.map((d) => ({
              key: d.id,
              cells: (
                <>
                  <TableCell className="font-semibold">
                    {day(d.day)} · {d.marketName}
                  </TableCell>
                  <TableCell label={r.baskets}>{d.baskets}</TableCell>
                  {sumCells(d)}
                </>
              ),
            })),
          )}
          {table(
            "by-producer",
            r.byProducer,
            [r.producer],
            summary.producers.map((p) => ({
              key: p.id,
              cells: (
                <>
                  <TableCell className="font-semibold">
                    {p.name}
                    <span
                      aria-hidden
                      className="bg-leaf-500 mt-1 block h-1.5 rounded"
                      style={{ width: `${Math.round((p.totalCents / Math.max(1, total.totalCents)) * 100)}%` }}
                    />
                  </TableCell>
                  {sumCells(p)}
                </>
              ),
            })),
          )}
          {table(
            "by-product",
            r.byProduct,
            [r.byProduct, r.quantity],
            summary.products.map((p) => ({
              key: p.id,
              cells: (
                <>
                  <TableCell className="font-semibold">
                    {p.name} <span className="font-normal text-muted">· {p.producer}</span>
                  </TableCell>
                  <TableCell label={r.quantity} className="tabular-nums">
                    {formatDecimal(p.quantity, locale)} {r.units[p.unit]}
                  </TableCell>
                  {sumCells(p)}
                </>
              ),
            })),
          )}
          {table(
            "by-member",
            r.byMember,
            [r.member, r.baskets],
            summary.members.map((m) => ({
              key: m.id,
              cells: (
                <>
                  <TableCell className="font-semibold">
                    {m.lastName.toUpperCase()} {m.firstName}
                  </TableCell>
                  <TableCell label={r.baskets}>{m.baskets}</TableCell>
                  {sumCells(m)}
                </>
              ),
            })),
          )}
          {table(
            "by-method",
            r.byMethod,
            [r.method, r.baskets],
            summary.methods.map((m) => ({
              key: m.method ?? "NONE",
              cells: (
                <>
                  <TableCell className="font-semibold">{r.methods[m.method ?? "NONE"]}</TableCell>
                  <TableCell label={r.baskets}>{m.baskets}</TableCell>
                  {sumCells(m)}
                </>
              ),
            })),
          )}
          {table(
            "by-vat-rate",
            r.byVatRate,
            [r.rate],
            summary.vatRates.map((v) => ({
              key: String(v.vatRateBp),
              cells: (
                <>
                  <TableCell className="font-semibold" data-vat-rate={v.vatRateBp}>
                    {formatDecimal(v.vatRateBp / 100, locale, 2)} %
                  </TableCell>
                  {sumCells(v)}
                </>
              ),
            })),
          )}
        </>
      )}
    </div>
  );
}
