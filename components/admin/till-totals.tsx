import { TILL_METHODS, type tillTotals } from "@/lib/domain/distribution-day/till-totals";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "../ui/table";

// What a distribution's baskets brought in, per method, and what the till should hold at the end of the day.
export function TillTotals({
  till,
  locale,
  t,
}: {
  till: Awaited<ReturnType<typeof tillTotals>>;
  locale: Locale;
  t: Messages;
}) {
  const c = t.payments.till;
  return (
    <div className="flex flex-col gap-2" data-till-totals>
      <p className="text-sm text-muted">{c.intro}</p>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>{c.method}</TableHead>
            <TableHead className="text-right">{c.amount}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {till.byMethod.map((m) => (
            <TableRow key={m.method}>
              <TableCell>
                {t.payments.methods[m.method]}{" "}
                <span className="text-muted">({TILL_METHODS.includes(m.method) ? c.inTill : c.outsideTill})</span>
              </TableCell>
              <TableCell label={c.amount} className="text-right">
                {formatMoney(m.cents, locale)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <p className="font-semibold" data-testid="till-total">
        {c.tillTotal(formatMoney(till.tillCents, locale))}
      </p>
    </div>
  );
}
