"use client";

import { DAY_PAYMENT_METHODS } from "@/lib/domain/distribution-day/day-operation";
import type { DayBasket, DayLine, DayScreen } from "@/lib/domain/distribution-day/get-day-screen";
import { formatDecimal, formatInZone } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { formatAmountInput, formatMoney } from "@/lib/money";
import { ActionForm, FormChoice, FormField, FormSelect } from "../ui/action-form";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { cn } from "../ui/cn";
import { basketState } from "./basket-list";
import { useDayActions } from "./day-actions";
import { dayMessages, type DayMessages } from "./day-messages";

type Distribution = DayScreen["distribution"];

const STATE_BADGE = { waiting: "warning", collected: "neutral", validated: "success" } as const;
const SYMBOL: Record<DayLine["unit"], string> = { PIECE: "", KG: "kg", G: "g", L: "L", CL: "cl", ML: "ml" };

// A quantity as the referent types it back (« 1,6 » in French, no grouping), which adjust-basket reads.
const quantityInput = (value: string, locale: Locale) => (locale === "fr" ? value.replace(".", ",") : value);

function quantityText(line: DayLine, value: string, locale: Locale) {
  const symbol = line.decimal ? SYMBOL[line.unit] : "";
  return `${formatDecimal(value, locale)}${symbol ? ` ${symbol}` : ""}`;
}

// One basket of the day screen: its row (number, name, slot, what is due, its state) opens it; open, its lines
// with what was delivered, its money, and the day's gestures in the order they happen at the table: hand it out,
// fix a quantity, take the payment, validate. Each gesture is queued on the phone (day-actions.ts): it works
// without network.
export function BasketCard({
  basket: b,
  distribution: d,
  open,
  onToggle,
  running,
  started,
  locale,
}: {
  basket: DayBasket;
  distribution: Distribution;
  open: boolean;
  onToggle: () => void;
  running: boolean;
  started: boolean;
  locale: Locale;
}) {
  const t = dayMessages(locale);
  const actions = useDayActions(t);
  const state = basketState(b);
  const name = `${b.lastName.toUpperCase()} ${b.firstName}`;
  const at = (iso: string, pattern: string) => formatInZone(new Date(iso), pattern, d.timeZone, locale);
  const editable = running && !b.validatedAt;
  const ids = { orderId: b.id };
  const panelId = `basket-${b.id}`;
  // What the referent took last is what the basket was paid with.
  const lastTillMethod = b.payments.findLast((p) => isTillMethod(p.method))?.method ?? "";
  return (
    <Card asChild>
      <article
        className={cn("block p-0", open && "ring-2 ring-leaf-600")}
        data-basket={b.number}
        aria-label={`${t.number(b.number)} ${name}`}
      >
        <Button
          type="button"
          variant="ghost"
          onClick={onToggle}
          aria-expanded={open}
          aria-controls={panelId}
          className="min-h-14 w-full justify-start gap-3 rounded-xl px-3 py-2 text-left font-normal sm:whitespace-normal"
        >
          <span className="min-w-10 text-xl font-bold tabular-nums">{b.number}</span>
          <span className="flex min-w-0 flex-1 flex-col">
            <span className="truncate font-semibold">{name}</span>
            <span className="text-sm text-muted">
              {b.slotStartsAt && `${at(b.slotStartsAt, "HH:mm")} · `}
              {b.dueCents > 0 ? t.due(formatMoney(b.dueCents, locale)) : formatMoney(b.totalCents, locale)}
            </span>
          </span>
          <Badge variant={STATE_BADGE[state]}>{t.state[state]}</Badge>
        </Button>
        {open && (
          <div id={panelId} className="flex flex-col gap-3 border-t border-earth-100 p-3">
            <Lines basket={b} distribution={d} editable={editable} locale={locale} t={t} />
            <Money basket={b} at={at} locale={locale} t={t} />
            {editable && b.dueCents > 0 && (
              // Drawn afresh when what is due changes (a quantity fixed meanwhile): the amount follows.
              <ActionForm
                key={b.dueCents}
                action={actions.payment}
                hidden={ids}
                submitLabel={t.take}
                pendingLabel="…"
                messageAs="toast"
                className="flex flex-col gap-2 rounded-lg border border-earth-100 p-2"
                submitClassName="w-full"
              >
                <fieldset className="flex flex-wrap gap-x-4 gap-y-2">
                  <legend className="mb-1 text-sm font-medium">{t.takeMethod}</legend>
                  {DAY_PAYMENT_METHODS.map((m) => (
                    <FormChoice key={m} name="method" value={m} defaultChecked={m === "CASH"} label={t.methods[m]} />
                  ))}
                </fieldset>
                <FormField
                  name="amount"
                  label={t.amount}
                  inputMode="decimal"
                  autoComplete="off"
                  defaultValue={formatAmountInput(b.dueCents, locale)}
                />
              </ActionForm>
            )}
            {editable &&
              (b.collectedAt ? (
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="font-medium">{t.collectedAt(at(b.collectedAt, "HH:mm"))}</span>
                  <ActionForm
                    action={actions.collect}
                    hidden={{ ...ids, collected: "false" }}
                    submitLabel={t.uncollect}
                    pendingLabel="…"
                    variant="link"
                    messageAs="toast"
                  />
                </div>
              ) : (
                <ActionForm
                  action={actions.collect}
                  hidden={{ ...ids, collected: "true" }}
                  submitLabel={t.collect}
                  pendingLabel="…"
                  variant="secondary"
                  messageAs="toast"
                  submitClassName="w-full py-3 text-base"
                />
              ))}
            {editable && started && (
              <ActionForm
                key={lastTillMethod}
                action={actions.validate}
                hidden={{ ...ids, onSite: String(b.paymentMethod === "ON_SITE") }}
                submitLabel={t.validate}
                pendingLabel="…"
                messageAs="toast"
                submitClassName="w-full py-3"
              >
                {b.paymentMethod === "ON_SITE" && (
                  <FormSelect
                    name="onSiteMethod"
                    label={t.onSiteMethod}
                    defaultValue={lastTillMethod}
                    options={[
                      ["", t.chooseMethod],
                      ...DAY_PAYMENT_METHODS.map((m) => [m, t.methods[m]] as [string, string]),
                    ]}
                  />
                )}
              </ActionForm>
            )}
          </div>
        )}
      </article>
    </Card>
  );
}

const isTillMethod = (method: string) => (DAY_PAYMENT_METHODS as readonly string[]).includes(method);

// As ordered and as delivered. Prepared baskets are checked line by line; made on the spot, they are gathered
// producer by producer, and what is sold by weight is weighed.
function Lines({
  basket: b,
  distribution: d,
  editable,
  locale,
  t,
}: {
  basket: DayBasket;
  distribution: Distribution;
  editable: boolean;
  locale: Locale;
  t: DayMessages;
}) {
  const byProducer = d.basketMode === "DURING";
  const groups = byProducer ? byProducerOf(b.lines) : [{ producer: null, lines: b.lines }];
  return (
    <div className="flex flex-col gap-3">
      {groups.map((g) => (
        <section key={g.producer ?? "all"} aria-label={g.producer ?? t.lines}>
          {g.producer && <h3 className="text-sm font-bold tracking-wide text-earth-800 uppercase">{g.producer}</h3>}
          <ul className="flex flex-col divide-y divide-earth-100">
            {g.lines.map((l) => (
              <li key={l.id} className="flex flex-col gap-1 py-2" data-line={l.productName}>
                <div className="flex items-baseline justify-between gap-2">
                  <span className="font-medium">
                    {l.productName}
                    {!byProducer && <span className="block text-xs text-muted">{l.producer}</span>}
                  </span>
                  <span className="tabular-nums">{formatMoney(l.totalCents, locale)}</span>
                </div>
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <span>{t.ordered(quantityText(l, l.quantity, locale))}</span>
                  {byProducer && l.variableWeight && <Badge variant="warning">{t.toWeigh}</Badge>}
                  {l.delivered === "0" && <Badge variant="danger">{t.missing}</Badge>}
                  {!editable && l.delivered !== null && l.delivered !== "0" && (
                    <span>{t.deliveredQuantity(quantityText(l, l.delivered, locale))}</span>
                  )}
                </div>
                {editable && (
                  // Drawn afresh when the delivered quantity changes (from another phone too).
                  <LineEditor key={`${l.deliveredVersion}:${l.delivered}`} basket={b} line={l} locale={locale} t={t} />
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

// Lines come sorted by producer (getDayScreen). Node 20 has no Map.groupBy.
function byProducerOf(lines: DayLine[]): { producer: string | null; lines: DayLine[] }[] {
  const groups: { producer: string; lines: DayLine[] }[] = [];
  for (const line of lines) {
    const last = groups.at(-1);
    if (last?.producer === line.producer) last.lines.push(line);
    else groups.push({ producer: line.producer, lines: [line] });
  }
  return groups;
}

// One line's delivered quantity (the real weight, what was there), or « missing » in one tap, made on the line's
// version as the phone has it: an edit someone else made meanwhile is shown as a conflict to redo.
function LineEditor({
  basket: b,
  line: l,
  locale,
  t,
}: {
  basket: DayBasket;
  line: DayLine;
  locale: Locale;
  t: DayMessages;
}) {
  const field = `line-${l.id}`;
  const actions = useDayActions(t);
  const hidden = { orderId: b.id, lineId: l.id, version: String(l.deliveredVersion), decimal: String(l.decimal) };
  return (
    <div className="flex items-end gap-2">
      <ActionForm
        action={actions.adjust}
        hidden={hidden}
        submitLabel={t.save}
        pendingLabel="…"
        variant="outline"
        messageAs="toast"
        className="flex flex-1 items-end gap-2"
        submitClassName="py-2.5"
      >
        <FormField
          name={field}
          label={l.decimal && SYMBOL[l.unit] ? `${t.delivered} (${SYMBOL[l.unit]})` : t.delivered}
          aria-label={t.deliveredOf(l.productName)}
          defaultValue={quantityInput(l.delivered ?? l.quantity, locale)}
          inputMode={l.decimal ? "decimal" : "numeric"}
          autoComplete="off"
          className="w-28"
        />
      </ActionForm>
      {l.delivered !== "0" && (
        <ActionForm
          action={actions.adjust}
          hidden={{ ...hidden, [field]: "0" }}
          submitLabel={t.missing}
          pendingLabel="…"
          variant="danger"
          messageAs="toast"
          submitClassName="py-2.5"
        />
      )}
    </div>
  );
}

function Money({
  basket: b,
  at,
  locale,
  t,
}: {
  basket: DayBasket;
  at: (iso: string, pattern: string) => string;
  locale: Locale;
  t: DayMessages;
}) {
  const money = (cents: number) => formatMoney(cents, locale);
  return (
    <div className="flex flex-col gap-1 rounded-lg bg-earth-50 p-2" data-basket-money>
      <p className="flex flex-wrap items-baseline justify-between gap-2">
        <span className="text-lg font-bold">{t.total(money(b.totalCents))}</span>
        {b.paymentMethod && <span className="text-sm">{t.chosenMethod[b.paymentMethod]}</span>}
      </p>
      {b.payments.length > 0 && (
        <ul className="text-sm">
          {b.payments.map((p, i) => (
            <li key={i}>{t.payment(at(p.at, "HH:mm"), t.methods[p.method] ?? p.method, money(p.amountCents))}</li>
          ))}
        </ul>
      )}
      {b.dueCents > 0 ? (
        <p className="font-semibold text-red-800">{t.due(money(b.dueCents))}</p>
      ) : b.refundDueCents > 0 ? (
        <p className="font-semibold text-red-800">{t.refundDue(money(b.refundDueCents))}</p>
      ) : (
        <p className="font-semibold text-leaf-900">{t.paidInFull}</p>
      )}
    </div>
  );
}
