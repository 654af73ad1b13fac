import type { LedgerMethod } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { appUrl } from "@/lib/env";
import { isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money";
import { noticeContact, type MarketContact } from "./market-contact";
import { queueNotice } from "./queue-notice";

type Shopper = { email: string; locale: string };

function shopperMessages(user: Shopper) {
  const locale = isLocale(user.locale) ? user.locale : "fr";
  return { locale, t: messagesFor(locale), money: (cents: number) => formatMoney(cents, locale) };
}

// « Paiement reçu », in the shopper's language, once per payment an admin records (for a basket, or onto the
// balance), with what the basket still owes or the balance it leaves.
export async function queuePaymentReceived(
  tx: Tx,
  {
    paymentId,
    user,
    market,
    amountCents,
    method,
    basket,
    balanceCents,
  }: {
    paymentId: string;
    user: Shopper;
    market: { name: string } & MarketContact;
    amountCents: number;
    method: LedgerMethod;
    basket: { basketNumber: number; dueCents: number } | null;
    balanceCents: number;
  },
) {
  const { locale, t, money } = shopperMessages(user);
  const e = t.payments.emails.paymentReceived;
  await queueNotice(tx, {
    contact: noticeContact(t, market),
    dedupeKey: `payment-received:${paymentId}`,
    to: user.email,
    fromName: market.name,
    subject: e.subject(market.name),
    template: "payment-received",
    props: {
      lang: locale,
      preview: e.heading,
      heading: e.heading,
      paragraphs: [
        e.received(money(amountCents), t.payments.methods[method]),
        basket ? e.forBasket(basket.basketNumber, money(basket.dueCents)) : e.toBalance(money(balanceCents)),
      ],
      action: { label: e.action, url: `${appUrl()}/compte` },
      footer: t.emails.footerMember(market.name),
    },
  });
}

// A payment the shopper was told about and that an admin then reversed: they are told it no longer counts.
export async function queuePaymentReversed(
  tx: Tx,
  {
    paymentId,
    user,
    market,
    amountCents,
    method,
    balanceCents,
  }: {
    paymentId: string;
    user: Shopper;
    market: { name: string } & MarketContact;
    amountCents: number;
    method: LedgerMethod;
    balanceCents: number;
  },
) {
  const { locale, t, money } = shopperMessages(user);
  const e = t.payments.emails.paymentReversed;
  await queueNotice(tx, {
    contact: noticeContact(t, market),
    dedupeKey: `payment-reversed:${paymentId}`,
    to: user.email,
    fromName: market.name,
    subject: e.subject(market.name),
    template: "payment-reversed",
    props: {
      lang: locale,
      preview: e.heading,
      heading: e.heading,
      paragraphs: [e.body(money(amountCents), t.payments.methods[method]), e.balance(money(balanceCents))],
      action: { label: e.action, url: `${appUrl()}/compte` },
      footer: t.emails.footerMember(market.name),
    },
  });
}
