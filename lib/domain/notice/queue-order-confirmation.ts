import { createElement } from "react";
import OrderConfirmation from "@/emails/order-confirmation";
import type { Tx } from "@/lib/db/client";
import { renderEmail } from "@/lib/email/render-email";
import { appUrl } from "@/lib/env";
import { formatDecimal } from "@/lib/i18n/format";
import { formatMoney } from "@/lib/money";
import { enqueueEmail } from "../email/enqueue-email";
import { vatBreakdown } from "../order/vat-breakdown";
import { transferReference } from "../payment/transfer-reference";
import { noticeContext, noticeDistributionSelect } from "./distribution-notice-context";
import { vatTable } from "./vat-table";

// The order confirmation, queued in the transaction that confirms the basket, in the shopper's language: lines,
// total and the VAT it includes per rate, pick-up place and time in the market's time zone, how to pay (the
// market's IBAN and the basket's reference for a transfer) and the link to see or change it. One per
// confirmation: a basket confirmed again after becoming a draft gets a new one.
export async function queueOrderConfirmation(tx: Tx, orderId: string) {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      id: true,
      basketNumber: true,
      confirmedAt: true,
      paymentMethod: true,
      user: { select: { email: true, locale: true } },
      market: { select: { name: true, transferIban: true } },
      distribution: { select: noticeDistributionSelect },
      lines: {
        orderBy: { createdAt: "asc" },
        select: {
          productName: true,
          quantity: true,
          totalCents: true,
          vatRateBp: true,
          vatCents: true,
          netCents: true,
        },
      },
    },
  });
  if (!order.confirmedAt) return;
  const { locale, t, pickupLine, contact } = noticeContext(order.distribution, order.user.locale);
  const e = t.payments.emails.orderConfirmed;
  const money = (cents: number) => formatMoney(cents, locale);
  const vat = vatBreakdown(order.lines);
  const total = money(vat.totalCents);
  const transfer = order.paymentMethod === "TRANSFER";
  const { html, text } = await renderEmail(
    createElement(OrderConfirmation, {
      lang: locale,
      preview: e.heading(order.basketNumber),
      heading: e.heading(order.basketNumber),
      pickup: [pickupLine],
      lines: {
        head: e.columns,
        rows: order.lines.map(
          (l) => [formatDecimal(l.quantity.toString(), locale), l.productName, money(l.totalCents)] as const,
        ),
        totalLabel: e.total,
        total,
      },
      vat: vatTable(vat, t, locale),
      payment: {
        title: e.paymentTitle,
        text: e.howToPay[order.paymentMethod ?? "ON_SITE"](total),
        details: transfer
          ? [
              { label: e.iban, value: order.market.transferIban ?? e.ibanAsk },
              { label: e.reference, value: transferReference(order) },
            ]
          : [],
      },
      action: { label: e.action, url: `${appUrl()}/commande/${order.id}` },
      footer: t.emails.footerMember(order.market.name),
      contact: contact?.line,
    }),
  );
  await enqueueEmail(tx, {
    dedupeKey: `order-confirmed:${order.id}:${order.confirmedAt.getTime()}`,
    to: order.user.email,
    fromName: order.market.name,
    subject: e.subject(order.market.name, order.basketNumber),
    html,
    text,
    template: "order-confirmation",
    replyTo: contact?.replyTo,
  });
}
