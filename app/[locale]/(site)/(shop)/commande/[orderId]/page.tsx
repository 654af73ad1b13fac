import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm, FormChoice, FormFieldError } from "@/components/ui/action-form";
import { VatBreakdownTable } from "@/components/money/vat-breakdown-table";
import { SaleWords } from "@/components/market/sale-words";
import { DraftNotice, NotHeldBadge } from "@/components/shop/draft-notice";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PrintButton } from "@/components/ui/print-button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { startCardCheckoutAction } from "@/lib/actions/payments";
import { confirmOrderAction } from "@/lib/actions/shop";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { getMyOrderOrThrow } from "@/lib/domain/order/get-my-order";
import { transferReference } from "@/lib/domain/payment/transfer-reference";
import { formatDecimal, formatInZone } from "@/lib/i18n/format";
import { formatQuantity } from "@/lib/i18n/format-quantity";
import { getMessages } from "@/lib/i18n/page";
import { formatMoney } from "@/lib/money";
import { stripeConfigured } from "@/lib/payments/stripe";
import { shopPath } from "@/lib/validation/shop-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.shop.orderTitle };
}

export default async function OrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ orderId: string }>;
  searchParams: Promise<{ confirmee?: string }>;
}) {
  const { orderId } = await params;
  const actor = await loadPageActor(`/commande/${orderId}`);
  const { locale, t } = await getMessages();
  const order = await orNotFound(getMyOrderOrThrow({ actor, orderId, now: new Date() }));
  const s = t.shop;
  const at = (date: Date, pattern: string) => formatInZone(date, pattern, order.market.timeZone, locale);
  const d = order.distribution;
  const open = order.state === "OPEN";
  const offlineMethods = order.market.paymentMethods.filter((m) => m !== "CARD");
  const card = order.market.paymentMethods.includes("CARD") && stripeConfigured();
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      {(await searchParams).confirmee && order.confirmedAt && (
        <Card asChild className="bg-leaf-600 text-lg font-semibold text-white">
          <p role="status">{s.confirmed}</p>
        </Card>
      )}
      <header className="flex flex-col gap-1">
        <p className="text-sm text-muted">{order.market.name}</p>
        <h1 className="text-2xl font-bold">
          {s.orderTitle} — {s.basketNumber(order.basketNumber)}
        </h1>
        <p className="first-letter:uppercase">
          <span className="font-semibold">{s.pickup} : </span>
          {t.market.pickup(
            at(d.pickupStartAt, t.market.dateFormat),
            at(d.pickupStartAt, "HH:mm"),
            at(d.pickupEndAt, "HH:mm"),
          )}
        </p>
        <p>
          <span className="font-semibold">{s.place} : </span>
          {d.place.name}, {d.place.address}, {d.place.zipCode} {d.place.city}
        </p>
        <SaleWords name={d.name} note={d.note} />
        {open ? (
          <p className="text-sm">{s.orderUntil(at(d.ordersCloseAt, t.market.dateTimeFormat))}</p>
        ) : (
          <p className="text-sm font-semibold text-earth-800">
            {order.state === "CANCELLED" ? t.refunds.cancelledNotice : s.closedReadOnly}
          </p>
        )}
      </header>
      {order.stockCuts.length > 0 && (
        <Alert tone="error">
          {s.stockCutsTitle}
          {order.stockCuts.map((c) => (
            <span key={c.productName} className="block">
              {c.kept === "0"
                ? s.stockCutRemoved(c.productName)
                : s.stockCut(c.productName, formatDecimal(c.kept, locale), formatDecimal(c.asked, locale))}
            </span>
          ))}
        </Alert>
      )}
      {open && !order.confirmedAt && order.lines.length > 0 && (
        <DraftNotice released={order.lines.some((l) => l.released)} t={t} />
      )}
      {/* Under 640 px each line is a card (components/ui/table.tsx): nothing scrolls sideways on a phone. */}
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>{s.product}</TableHead>
            <TableHead>{s.quantity}</TableHead>
            <TableHead className="text-right">{s.unitPrice}</TableHead>
            <TableHead className="text-right">{s.subtotal}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {order.lines.map((l) => (
            <TableRow key={l.id} data-line>
              <TableCell className="font-semibold sm:font-normal">
                <span>
                  {l.productName}
                  {l.released && <NotHeldBadge t={t} />}
                  <span className="block text-xs font-normal text-muted" data-line-vat>
                    {t.money.vat.lineRate(formatDecimal(l.vatRateBp / 100, locale))}
                  </span>
                </span>
              </TableCell>
              <TableCell label={s.quantity} className="whitespace-nowrap">
                {formatQuantity(l.quantity, l.unit, locale)}
              </TableCell>
              <TableCell label={s.unitPrice} className="sm:text-right">
                {formatMoney(l.unitPriceCents, locale)}
              </TableCell>
              <TableCell label={s.subtotal} className="sm:text-right">
                {formatMoney(l.totalCents, locale)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Card asChild className="flex-row justify-between p-3 text-base font-bold">
        <p>
          <span>{s.total}</span>
          <span data-testid="order-total">{formatMoney(order.totalCents, locale)}</span>
        </p>
      </Card>
      {order.lines.length > 0 && (
        <VatBreakdownTable breakdown={order.vat} caption={t.money.vat.orderCaption} locale={locale} t={t} />
      )}
      <p className="text-sm">
        {order.paymentMethod && `${s.confirmedPayment(s.methods[order.paymentMethod])} · `}
        <span className="font-semibold">
          {order.paidCents >= order.totalCents && order.totalCents > 0 ? s.paid : s.unpaid}
        </span>
      </p>
      {order.confirmedAt && order.lines.length > 0 && (
        <p className="text-sm">
          <a href={`/api/receipts/${order.id}`} className="font-semibold underline" download>
            {t.documents.receipt.download}
          </a>
        </p>
      )}
      {order.refundedToCardCents > 0 && (
        <p className="text-sm" data-testid="card-refunds">
          {t.refunds.cardRefunds(formatMoney(order.refundedToCardCents, locale))}
        </p>
      )}
      {order.paymentMethod === "CARD" && order.dueOnlineCents > 0 && (
        <Card asChild className="gap-2 border-l-4 border-earth-600 bg-earth-100 text-earth-800">
          <section aria-labelledby="owed-title" data-testid="owed">
            <h2 id="owed-title" className="font-semibold">
              {t.refunds.owed(formatMoney(order.dueOnlineCents, locale))}
            </h2>
            <p className="text-sm">{t.refunds.owedHint}</p>
            {open && card && (
              <ActionForm
                action={startCardCheckoutAction}
                hidden={{ orderId: order.id }}
                submitLabel={s.payTopUp(formatMoney(order.dueOnlineCents, locale))}
                pendingLabel={t.common.loading}
              />
            )}
          </section>
        </Card>
      )}
      {order.paymentMethod === "TRANSFER" && <p className="text-sm">{s.transferReference(transferReference(order))}</p>}
      {open && !order.confirmedAt && order.lines.length > 0 && (
        <Card asChild>
          <section aria-labelledby="payment-title">
            <h2 id="payment-title" className="text-lg font-semibold">
              {s.choosePayment}
            </h2>
            {offlineMethods.length > 0 && (
              <ActionForm
                action={confirmOrderAction}
                hidden={{ orderId: order.id }}
                submitLabel={s.select}
                pendingLabel={t.common.loading}
              >
                <fieldset className="flex flex-col gap-2">
                  <legend className="sr-only">{s.choosePayment}</legend>
                  {offlineMethods.map((m, i) => (
                    <label key={m} className="flex items-start gap-2 rounded-lg border border-stone-300 p-3">
                      <FormChoice name="method" value={m} defaultChecked={i === 0} className="mt-1 h-5 w-5" />
                      <span>
                        <span className="font-semibold">{s.methods[m]}</span>
                        <span className="block text-sm text-muted">{s.methodHints[m]}</span>
                      </span>
                    </label>
                  ))}
                </fieldset>
                <FormFieldError name="method" />
              </ActionForm>
            )}
            {card && (
              <ActionForm
                action={startCardCheckoutAction}
                hidden={{ orderId: order.id }}
                submitLabel={s.payByCard}
                pendingLabel={t.common.loading}
              >
                <p className="text-sm text-muted">{s.methodHints.CARD}</p>
              </ActionForm>
            )}
          </section>
        </Card>
      )}
      {/* shrink: a long label (« Choisir mon créneau et mon mode de retrait ») wraps on a phone. */}
      <div className="no-print flex flex-wrap gap-2">
        {open && (
          <Button asChild className="shrink">
            <Link href={shopPath(order.market.slug, d.id)}>{s.edit}</Link>
          </Button>
        )}
        {order.confirmedAt && (d.slotsEnabled || order.market.deliveryHelpEnabled) && (
          <Button asChild variant="outline" className="shrink">
            <Link href={`/retrait/${order.id}`}>{s.pickupChoices}</Link>
          </Button>
        )}
        <PrintButton label={s.print} />
      </div>
    </div>
  );
}
