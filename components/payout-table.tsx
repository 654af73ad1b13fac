import type { PayoutStatementRow } from "@/lib/domain/payout/list-payout-statements";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money";
import { dayFromDate } from "@/lib/time";

// Payout statements, for the producer and for the market's admin.
export function PayoutTable({
  rows,
  csvHref,
  locale,
  t,
}: {
  rows: PayoutStatementRow[];
  csvHref: string;
  locale: Locale;
  t: Messages;
}) {
  const s = t.money.statement;
  return (
    <div className="flex flex-col gap-2">
      <a
        href={csvHref}
        className="self-start rounded-md border border-stone-400 bg-white px-3 py-1.5 text-sm font-semibold"
      >
        CSV
      </a>
      {rows.length === 0 ? (
        <p className="rounded-lg bg-white p-4">{t.money.noPayouts}</p>
      ) : (
        <table className="w-full rounded-lg bg-white text-sm shadow-sm">
          <thead>
            <tr className="border-b border-earth-100 text-left">
              {s.csvHeader.map((h) => (
                <th key={h} className="p-2">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.payoutId} className="border-b border-earth-100">
                <td className="p-2">{r.marketName}</td>
                <td className="p-2">{r.producerName}</td>
                <td className="p-2">{dayFromDate(r.distributionDay)}</td>
                <td className="p-2">{formatMoney(r.grossCents, locale)}</td>
                <td className="p-2">{formatMoney(r.feeCents, locale)}</td>
                <td className="p-2 font-semibold">{formatMoney(r.netCents, locale)}</td>
                <td className="p-2">{dayFromDate(r.availableOn)}</td>
                <td className="p-2">{r.paidAt ? r.paidAt.toISOString().slice(0, 10) : dayFromDate(r.scheduledFor)}</td>
                <td className="p-2">{s.status[r.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
