import type { ReactNode } from "react";
import { recordProducerSettlementAction, reverseProducerSettlementAction } from "@/lib/actions/statements";
import type { StatementRow } from "@/lib/domain/payout/list-payout-statements";
import { formatDay, formatDecimal } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money";
import { SETTLEMENT_METHODS } from "@/lib/validation/statements";
import { ActionForm, FormField, FormSelect } from "../ui/action-form";
import { Badge } from "../ui/badge";
import { buttonVariants } from "../ui/button";
import { cn } from "../ui/cn";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "../ui/table";

// Statements, one row per producer and distribution: the sales, then who pays which part of them (Cabas what it
// collected online, the market the rest) and what the market has paid. `title` names each row (the producer on
// the market's page, the market and day on the producer's). With `settle` (the market's admins, on the day
// `today` of the market's calendar) each row can record « payé au producteur » and reverse a settlement.
export function StatementTable({
  rows,
  title,
  titleLabel,
  settle,
  locale,
  t,
}: {
  rows: StatementRow[];
  title: (row: StatementRow) => ReactNode;
  titleLabel: string;
  settle?: { today: string };
  locale: Locale;
  t: Messages;
}) {
  const s = t.statements;
  const c = s.columns;
  const money = (cents: number) => formatMoney(cents, locale);
  const day = (d: string) => formatDay(d, s.shortDayFormat, locale);
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{titleLabel}</TableHead>
          <TableHead className="text-right">{c.sales}</TableHead>
          <TableHead>{c.vat}</TableHead>
          <TableHead className="text-right">{c.fees}</TableHead>
          <TableHead>{c.cabas}</TableHead>
          <TableHead className="text-right">{c.marketShare}</TableHead>
          <TableHead>{c.settled}</TableHead>
          <TableHead className="text-right">{c.due}</TableHead>
          {settle && <TableHead className="sr-only">{s.settle}</TableHead>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow
            key={`${r.distributionId} ${r.producerId}`}
            data-statement={r.producerName}
            data-distribution={r.distributionId}
          >
            <TableCell className="font-semibold">{title(r)}</TableCell>
            <TableCell label={c.sales} className="text-right" data-figure="sales">
              {money(r.salesCents)}
            </TableCell>
            <TableCell label={c.vat} data-figure="vat">
              <ul className="text-xs">
                {r.vat.rates.map((v) => (
                  <li key={v.vatRateBp} data-vat-rate={v.vatRateBp}>
                    {s.vatRate(formatDecimal(v.vatRateBp / 100, locale), money(v.netCents), money(v.vatCents))}
                  </li>
                ))}
                <li className="font-semibold">{s.netTotal(money(r.vat.netCents))}</li>
              </ul>
            </TableCell>
            {r.shares ? (
              <>
                <TableCell label={c.fees} className="text-right" data-figure="fees">
                  {money(r.shares.feeCents)}
                </TableCell>
                <TableCell label={c.cabas} data-figure="cabas">
                  <span className="block">{money(r.shares.cabas?.amountCents ?? 0)}</span>
                  <span className="block text-xs text-muted">
                    {r.shares.cabas ? payoutState(r.shares.cabas, s, day) : s.nothingOnline}
                  </span>
                  {r.shares.onlineCents !== (r.shares.cabas?.amountCents ?? 0) && (
                    // Cabas pays at most the net owed (sales less the fee): what it collected online can be more.
                    <span className="block text-xs text-muted">{s.collectedOnline(money(r.shares.onlineCents))}</span>
                  )}
                </TableCell>
                <TableCell label={c.marketShare} className="text-right" data-figure="market-share">
                  {money(r.shares.market.shareCents)}
                </TableCell>
                <TableCell label={c.settled} data-figure="settled">
                  <span className="block">{money(r.shares.market.settledCents)}</span>
                  <Settlements row={r} settle={settle} locale={locale} t={t} />
                </TableCell>
                <TableCell label={c.due} className="text-right font-semibold" data-figure="due">
                  {money(r.shares.market.dueCents)}
                </TableCell>
              </>
            ) : (
              <TableCell colSpan={5}>
                <Badge variant="warning">{s.pending}</Badge>
                <span className="block text-xs text-muted">{s.pendingHint}</span>
              </TableCell>
            )}
            {settle && (
              <TableCell>
                {r.shares && r.shares.market.dueCents > 0 && (
                  <SettleForm row={r} dueCents={r.shares.market.dueCents} today={settle.today} locale={locale} t={t} />
                )}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function payoutState(
  cabas: NonNullable<NonNullable<StatementRow["shares"]>["cabas"]>,
  s: Messages["statements"],
  day: (d: string) => string,
): string {
  if (cabas.status === "PAID") return `${s.payoutStatus.PAID} ${day(cabas.paidOn ?? cabas.scheduledFor)}`;
  if (cabas.status === "SCHEDULED") return `${s.payoutStatus.SCHEDULED} ${day(cabas.scheduledFor)}`;
  return s.payoutStatus[cabas.status];
}

function Settlements({
  row,
  settle,
  locale,
  t,
}: {
  row: StatementRow;
  settle?: { today: string };
  locale: Locale;
  t: Messages;
}) {
  const s = t.statements;
  if (row.settlements.length === 0) return null;
  return (
    <ul className="flex flex-col gap-1 text-xs">
      {row.settlements.map((p) => {
        const amount = formatMoney(p.amountCents, locale);
        return (
          <li key={p.transactionId} className="flex flex-wrap items-center gap-x-2">
            <span className={p.reversed ? "line-through" : undefined}>
              {s.settlement(amount, s.methods[p.method ?? ""] ?? "", formatDay(p.paidOn, s.shortDayFormat, locale))}
              {p.reference && ` · ${s.settlementReference(p.reference)}`}
            </span>
            {p.reversed && <Badge>{s.reversedBadge}</Badge>}
            {settle && !p.reversed && (
              <ActionForm
                action={reverseProducerSettlementAction}
                hidden={{ marketId: row.marketId, transactionId: p.transactionId }}
                submitLabel={s.reverse}
                pendingLabel={t.common.loading}
                variant="link"
                className="inline-flex"
                messageAs="toast"
                confirm={{ title: s.reverseTitle(amount), description: s.reverseDescription, cancelLabel: s.keep }}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}

function SettleForm({
  row,
  dueCents,
  today,
  locale,
  t,
}: {
  row: StatementRow;
  dueCents: number;
  today: string;
  locale: Locale;
  t: Messages;
}) {
  const s = t.statements;
  const euros = (dueCents / 100).toFixed(2);
  return (
    <details className="min-w-56">
      <summary className={cn(buttonVariants({ variant: "outline", size: "sm" }), "cursor-pointer whitespace-nowrap")}>
        {s.settle}
        <span className="sr-only"> — {row.producerName}</span>
      </summary>
      <ActionForm
        action={recordProducerSettlementAction}
        hidden={{ marketId: row.marketId, producerId: row.producerId, distributionId: row.distributionId }}
        submitLabel={s.record}
        pendingLabel={t.common.loading}
        className="mt-2 flex flex-col gap-2"
        messageAs="toast"
      >
        <p className="text-sm font-semibold">{s.settleFor(row.producerName)}</p>
        <FormField
          name="amount"
          label={s.amount}
          inputMode="decimal"
          defaultValue={locale === "fr" ? euros.replace(".", ",") : euros}
        />
        <FormSelect
          name="method"
          label={s.method}
          options={SETTLEMENT_METHODS.map((m) => [m, s.methods[m]])}
          defaultValue="TRANSFER"
        />
        <FormField name="paidOn" label={s.paidOn} type="date" max={today} defaultValue={today} />
        <FormField name="reference" label={s.reference} hint={s.referenceHint} maxLength={100} />
      </ActionForm>
    </details>
  );
}
