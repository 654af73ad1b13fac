"use client";

import { useState } from "react";
import { useLocale } from "@/components/layout/locale-context";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { DAY_PAYMENT_METHODS, type DayPaymentMethod } from "@/lib/domain/distribution-day/day-operation";
import { formatDecimal } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { type OfflineMessages, offlineMessagesFor } from "@/lib/i18n/offline-messages";
import { formatMoney } from "@/lib/money";
import { basketDueCents } from "@/lib/offline/apply-locally";
import type { NewOperation, OfflineDay } from "@/lib/offline/offline-day";
import { toThousandths } from "@/lib/offline/quantity";
import { useOfflineDay } from "./offline-day-provider";

type Basket = OfflineDay["baskets"][number];
type Enqueue = (operation: NewOperation) => Promise<void>;

// The baskets of the day from the phone's copy, with what can be done on them offline: weigh a line, take the cash
// still due, validate. A plain list: the phone-first day screen uses the same provider and operations.
export function OfflineDayList() {
  const { day, enqueue } = useOfflineDay();
  const locale = useLocale();
  const m = offlineMessagesFor(locale).list;
  if (day.baskets.length === 0) return <p className="rounded-lg bg-white p-4">{m.none}</p>;
  return (
    <ul className="flex flex-col gap-3">
      {day.baskets.map((basket) => (
        <li key={basket.id}>
          <BasketItem basket={basket} enqueue={enqueue} locale={locale} m={m} />
        </li>
      ))}
    </ul>
  );
}

function BasketItem({
  basket,
  enqueue,
  locale,
  m,
}: {
  basket: Basket;
  enqueue: Enqueue;
  locale: Locale;
  m: OfflineMessages["list"];
}) {
  const dueCents = basketDueCents(basket);
  const headingId = `basket-${basket.id}`;
  return (
    <Card asChild className="flex flex-col gap-3 p-3">
      <article aria-labelledby={headingId} data-basket={basket.basketNumber}>
        <header className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id={headingId} className="font-semibold">
            {m.basket(basket.basketNumber)} · {basket.user.lastName.toUpperCase()} {basket.user.firstName}
          </h2>
          {basket.user.phone && (
            <a href={`tel:${basket.user.phone}`} className="text-leaf-700 underline">
              {basket.user.phone}
            </a>
          )}
          {basket.validatedAt && <Badge variant="success">{m.validated}</Badge>}
        </header>
        <ul className="flex flex-col gap-2">
          {basket.lines.map((line) => (
            <li key={line.id}>
              <LineForm basketId={basket.id} line={line} enqueue={enqueue} locale={locale} m={m} />
            </li>
          ))}
        </ul>
        <p className="flex flex-wrap gap-x-3 text-sm" data-testid="basket-money">
          <span>{m.total(formatMoney(basket.totalCents, locale))}</span>
          <span>{m.paid(formatMoney(basket.paidCents, locale))}</span>
          <span>{m.due(formatMoney(dueCents, locale))}</span>
        </p>
        {!basket.validatedAt && (
          <div className="flex flex-col gap-2">
            {dueCents > 0 && (
              <Button
                variant="outline"
                onClick={() =>
                  void enqueue({ type: "payment", orderId: basket.id, method: "CASH", amountCents: dueCents })
                }
              >
                {m.recordCash(formatMoney(dueCents, locale))}
              </Button>
            )}
            <ValidateForm basket={basket} enqueue={enqueue} m={m} />
          </div>
        )}
      </article>
    </Card>
  );
}

function LineForm({
  basketId,
  line,
  enqueue,
  locale,
  m,
}: {
  basketId: string;
  line: Basket["lines"][number];
  enqueue: Enqueue;
  locale: Locale;
  m: OfflineMessages["list"];
}) {
  const [error, setError] = useState<string>();
  const shown = formatDecimal(line.deliveredQuantity ?? line.quantity, locale);
  return (
    <form
      className="flex items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        const quantity = String(new FormData(event.currentTarget).get("quantity") ?? "");
        if (toThousandths(quantity) === null) return setError(m.quantityInvalid);
        setError(undefined);
        void enqueue({ type: "adjust", orderId: basketId, lineId: line.id, quantity, version: line.deliveredVersion });
      }}
    >
      <Field label={m.delivered(line.productName)} error={error} id={`quantity-${line.id}`} className="grow">
        {/* Keyed by what it shows: the field takes the new figure once a change (this phone's or the server's)
            lands. */}
        <Input key={`${line.deliveredVersion}:${shown}`} name="quantity" inputMode="decimal" defaultValue={shown} />
      </Field>
      <Button type="submit" variant="secondary">
        {m.saveQuantity}
      </Button>
    </form>
  );
}

function ValidateForm({ basket, enqueue, m }: { basket: Basket; enqueue: Enqueue; m: OfflineMessages["list"] }) {
  const onSite = basket.paymentMethod === "ON_SITE";
  return (
    <form
      className="flex items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        const method = new FormData(event.currentTarget).get("onSiteMethod");
        void enqueue({
          type: "validate",
          orderId: basket.id,
          onSiteMethod: onSite ? (method as DayPaymentMethod) : null,
        });
      }}
    >
      {onSite && (
        <Field label={m.validateWith} id={`method-${basket.id}`} className="grow">
          <Select name="onSiteMethod" defaultValue="CASH">
            {DAY_PAYMENT_METHODS.map((method) => (
              <option key={method} value={method}>
                {m.methods[method]}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Button type="submit">{m.validate}</Button>
    </form>
  );
}
