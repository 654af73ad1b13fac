import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { marketMoneyReport } from "@/lib/domain/report/market-money-report";
import { formatDay } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money";
import { dayFromDate } from "@/lib/time";
import { Card } from "@/components/ui/card";

type MarketMoney = Awaited<ReturnType<typeof marketMoneyReport>>;

// A market report's second half: the period's unpaid baskets and every member's balance today.
export function MarketMoney({ money, r, locale }: { money: MarketMoney; r: Messages["reports"]; locale: Locale }) {
  const euros = (cents: number) => formatMoney(cents, locale);
  const person = (p: { firstName: string; lastName: string }) => `${p.lastName.toUpperCase()} ${p.firstName}`;
  return (
    <>
      <section aria-labelledby="unpaid" className="flex flex-col gap-2">
        <h2 id="unpaid" className="text-lg font-semibold">
          {r.unpaid}
        </h2>
        {money.unpaid.length === 0 ? (
          <Card asChild>
            <p className="text-sm">{r.noUnpaid}</p>
          </Card>
        ) : (
          <>
            <p className="text-sm font-semibold">{r.unpaidTotal(euros(money.unpaidCents), money.unpaid.length)}</p>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>{r.member}</TableHead>
                  <TableHead>{r.day}</TableHead>
                  <TableHead>{r.basket}</TableHead>
                  <TableHead>{r.method}</TableHead>
                  <TableHead className="text-right">{r.due}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {money.unpaid.map((o) => (
                  <TableRow key={o.id}>
                    <TableCell className="font-semibold">{person(o)}</TableCell>
                    <TableCell label={r.day}>{formatDay(dayFromDate(o.day), r.dayFormat, locale)}</TableCell>
                    <TableCell label={r.basket}>{o.basketNumber}</TableCell>
                    <TableCell label={r.method}>{r.methods[o.paymentMethod ?? "NONE"]}</TableCell>
                    <TableCell label={r.due} className="text-right tabular-nums">
                      {euros(o.dueCents)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
      </section>
      <section aria-labelledby="balances" className="flex flex-col gap-2">
        <h2 id="balances" className="text-lg font-semibold">
          {r.balances}
        </h2>
        {money.balances.length === 0 ? (
          <Card asChild>
            <p className="text-sm">{r.noBalances}</p>
          </Card>
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{r.member}</TableHead>
                <TableHead className="text-right">{r.balance}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {money.balances.map((b) => (
                <TableRow key={b.id}>
                  <TableCell className="font-semibold">{person(b)}</TableCell>
                  <TableCell label={r.balance} className="text-right tabular-nums">
                    {euros(b.balanceCents)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </>
  );
}
