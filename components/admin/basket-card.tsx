import type { ReactNode } from "react";
import { adjustBasketAction, validateBasketAction } from "@/lib/actions/admin";
import { refundOverpaymentAction } from "@/lib/actions/payments";
import type { getDistributionDay } from "@/lib/domain/distribution-day/get-distribution-day";
import { formatDecimal, formatInZone } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money";
import { ActionForm, FormChoice, FormField, FormFieldError } from "../ui/action-form";
import { Card } from "../ui/card";
import { Label } from "../ui/field";
import { Select } from "../ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "../ui/table";

type Basket = Awaited<ReturnType<typeof getDistributionDay>>["baskets"][number];

// One basket on distribution day: opened by the shopper's name, adjusted line by line, then validated.
// `payments` is its payments' part (what is due, recording and reversing payments), shown under what was paid.
export function BasketCard({
  basket: b,
  marketId,
  started,
  timeZone,
  locale,
  t,
  payments,
}: {
  basket: Basket;
  marketId: string;
  started: boolean;
  timeZone: string;
  locale: Locale;
  t: Messages;
  payments?: ReactNode;
}) {
  const d = t.admin.day;
  const validated = Boolean(b.validatedAt);
  const r = t.refunds;
  return (
    <Card asChild>
      <details className="block p-0 open:ring-2 open:ring-leaf-600" data-basket={b.basketNumber}>
        <summary className="flex cursor-pointer flex-wrap items-center justify-between gap-2 p-3">
          <span className="font-semibold">
            {b.user.lastName.toUpperCase()} {b.user.firstName}{" "}
            <span className="font-normal text-muted">{d.basket(b.basketNumber)}</span>
          </span>
          <span className="text-sm">
            {b.slotStartsAt && `${formatInZone(b.slotStartsAt, "HH:mm", timeZone, locale)} · `}
            {formatMoney(b.totalCents, locale)}
            {b.validatedAt && (
              <span className="ml-2 rounded bg-leaf-100 px-2 py-0.5 text-xs font-bold text-leaf-900">
                {d.validated}
              </span>
            )}
          </span>
        </summary>
        <div className="flex flex-col gap-3 border-t border-earth-100 p-3">
          {validated ? (
            <>
              <BasketLines basket={b} editable={false} locale={locale} t={t} />
              {/* Validation cannot be undone; a validated basket can still be corrected (a product found missing
                later), which gives the difference back at once: tucked away, and confirmed. */}
              <details className="rounded-lg border border-earth-100" data-correct-basket>
                <summary className="cursor-pointer p-2 text-sm font-semibold text-leaf-700">{d.correct}</summary>
                <ActionForm
                  action={adjustBasketAction}
                  hidden={{ marketId, orderId: b.id }}
                  submitLabel={d.saveCorrection}
                  pendingLabel={t.common.loading}
                  variant="secondary"
                  className="flex flex-col gap-3 p-2"
                  submitClassName="self-start"
                  confirm={{ title: d.correctTitle, description: d.correctText, cancelLabel: t.common.cancel }}
                >
                  <BasketLines basket={b} editable locale={locale} t={t} />
                  {b.paymentMethod === "CARD" && (
                    <fieldset className="flex flex-wrap gap-3 text-sm">
                      <legend className="mb-1 font-medium">{r.refundTo}</legend>
                      {(["CARD", "BALANCE"] as const).map((to) => (
                        <FormChoice
                          key={to}
                          name="refundTo"
                          value={to}
                          defaultChecked={to === "CARD"}
                          label={r.refundToChoice[to]}
                        />
                      ))}
                    </fieldset>
                  )}
                </ActionForm>
              </details>
            </>
          ) : (
            <ActionForm
              action={adjustBasketAction}
              hidden={{ marketId, orderId: b.id }}
              submitLabel={d.update}
              pendingLabel={t.common.loading}
              variant="secondary"
              submitClassName="self-start"
            >
              <BasketLines basket={b} editable locale={locale} t={t} />
            </ActionForm>
          )}
          <p className="text-sm">
            {d.paid(formatMoney(b.paidCents, locale))}
            {b.refundedCents > 0 && ` · ${d.refunded(formatMoney(b.refundedCents, locale))}`}
            {b.refundDueCents > 0 && (
              <span className="ml-2 font-semibold text-red-800">
                {d.refundDue(formatMoney(b.refundDueCents, locale))}
              </span>
            )}
          </p>
          {payments}
          {b.refundDueCents > 0 && !validated && (
            <ActionForm
              action={refundOverpaymentAction}
              hidden={{ orderId: b.id }}
              submitLabel={d.refund}
              pendingLabel={t.common.loading}
              variant="danger"
              className="flex flex-col gap-1"
            />
          )}
          {!validated && started && (
            <ActionForm
              action={validateBasketAction}
              hidden={{ marketId, orderId: b.id }}
              submitLabel={d.validateBasket}
              pendingLabel={t.common.loading}
              className="flex flex-wrap items-end gap-2"
            >
              {b.paymentMethod === "ON_SITE" && (
                <div className="flex flex-col gap-1">
                  <Label htmlFor={`method-${b.id}`} className="text-sm">
                    {d.onSiteMethod}
                  </Label>
                  <Select id={`method-${b.id}`} name="onSiteMethod" defaultValue="">
                    <option value="" />
                    {Object.entries(d.methods).map(([value, label]) => (
                      <option key={value} value={value}>
                        {label}
                      </option>
                    ))}
                  </Select>
                  <FormFieldError name="onSiteMethod" />
                </div>
              )}
            </ActionForm>
          )}
        </div>
      </details>
    </Card>
  );
}

// The basket's lines as ordered and as delivered; `editable`: the delivered quantities as fields of the
// enclosing form.
function BasketLines({
  basket: b,
  editable,
  locale,
  t,
}: {
  basket: Basket;
  editable: boolean;
  locale: Locale;
  t: Messages;
}) {
  const d = t.admin.day;
  return (
    <Table className="text-sm">
      <TableHeader>
        <TableRow>
          <TableHead>{t.shop.product}</TableHead>
          <TableHead>{d.ordered}</TableHead>
          <TableHead>{d.delivered}</TableHead>
          <TableHead className="text-right">{t.shop.subtotal}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {b.lines.map((l) => (
          <TableRow key={l.id} className="align-top">
            <TableCell>
              {l.productName}
              <span className="block text-xs text-muted">{l.producer}</span>
            </TableCell>
            <TableCell label={d.ordered}>{formatDecimal(l.quantity, locale)}</TableCell>
            <TableCell label={d.delivered}>
              {editable ? (
                <FormField
                  name={`line-${l.id}`}
                  label={d.delivered}
                  aria-label={`${d.delivered} : ${l.productName}`}
                  defaultValue={formatDecimal(l.deliveredQuantity ?? l.quantity, locale)}
                  inputMode={l.decimal ? "decimal" : "numeric"}
                  className="w-20 [&>label]:sr-only"
                />
              ) : (
                formatDecimal(l.deliveredQuantity ?? l.quantity, locale)
              )}
            </TableCell>
            <TableCell label={t.shop.subtotal} className="text-right">
              {formatMoney(l.totalCents, locale)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
