import type { LedgerMethod } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { appUrl } from "@/lib/env";
import { isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money";
import { queueNotice } from "./queue-notice";

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
    user: { email: string; locale: string };
    market: { name: string };
    amountCents: number;
    method: LedgerMethod;
    basket: { basketNumber: number; dueCents: number } | null;
    balanceCents: number;
  },
) {
  const locale = isLocale(user.locale) ? user.locale : "fr";
  const t = messagesFor(locale);
  const e = t.payments.emails.paymentReceived;
  const money = (cents: number) => formatMoney(cents, locale);
  await queueNotice(tx, {
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
