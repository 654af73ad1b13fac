import { recordManualPayoutAction } from "@/lib/actions/statements";
import type { ManualPayout } from "@/lib/domain/payout/list-manual-payouts";
import { formatDay } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money";
import { localDay } from "@/lib/time";
import { ActionForm, FormField } from "../ui/action-form";
import { buttonVariants } from "../ui/button";
import { cn } from "../ui/cn";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "../ui/table";

// The payouts Cabas owes by bank transfer, each with the producer's contact and a form to record the transfer
// once made (on a day no later than today in the market's calendar).
export function ManualPayoutTable({
  payouts,
  now,
  locale,
  t,
}: {
  payouts: ManualPayout[];
  now: Date;
  locale: Locale;
  t: Messages;
}) {
  const o = t.statements.operator;
  const c = o.columns;
  const day = (d: string) => formatDay(d, t.statements.shortDayFormat, locale);
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{c.producer}</TableHead>
          <TableHead>{c.market}</TableHead>
          <TableHead>{c.distribution}</TableHead>
          <TableHead>{c.due}</TableHead>
          <TableHead className="text-right">{c.amount}</TableHead>
          <TableHead className="sr-only">{o.record}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {payouts.map((p) => {
          const today = localDay(now, p.timeZone);
          const amount = formatMoney(p.amountCents, locale);
          return (
            <TableRow key={p.id} data-payout={p.producer.name} data-payout-id={p.id}>
              <TableCell className="font-semibold">
                {p.producer.name}
                <span className="block text-sm font-normal text-muted">
                  {o.contact([p.producer.email, p.producer.phone].filter(Boolean).join(" · ") || "—")}
                </span>
              </TableCell>
              <TableCell label={c.market}>{p.marketName}</TableCell>
              <TableCell label={c.distribution}>{day(p.distributionDay)}</TableCell>
              <TableCell label={c.due}>{day(p.dueOn)}</TableCell>
              <TableCell label={c.amount} className="text-right" data-figure="amount">
                {amount}
              </TableCell>
              <TableCell>
                <details className="min-w-56">
                  <summary
                    className={cn(
                      buttonVariants({ variant: "outline", size: "sm" }),
                      "cursor-pointer whitespace-nowrap",
                    )}
                  >
                    {o.record}
                    <span className="sr-only"> — {p.producer.name}</span>
                  </summary>
                  <ActionForm
                    action={recordManualPayoutAction}
                    hidden={{ payoutId: p.id }}
                    submitLabel={t.statements.record}
                    pendingLabel={t.common.loading}
                    className="mt-2 flex flex-col gap-2"
                    messageAs="toast"
                  >
                    <p className="text-sm font-semibold">{o.recordFor(p.producer.name, amount)}</p>
                    <FormField name="paidOn" label={o.paidOn} type="date" max={today} defaultValue={today} />
                    <FormField name="reference" label={o.reference} maxLength={100} required />
                  </ActionForm>
                </details>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
