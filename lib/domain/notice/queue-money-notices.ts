import type { Tx } from "@/lib/db/client";
import { appUrl } from "@/lib/env";
import { formatInZone } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money";
import { enqueueEmails, type OutgoingEmail } from "../email/enqueue-email";
import { noticeContact, type MarketContact } from "./market-contact";
import { queueNotice, renderNotice } from "./queue-notice";

type Person = { id: string; email: string; locale: string };

function context(user: Person) {
  const locale = isLocale(user.locale) ? user.locale : "fr";
  return { locale, t: messagesFor(locale) };
}

// « Votre panier est validé », with its final amount (after adjustments), for each basket validated together (one
// basket, or every basket left when the distribution is validated). Rendering an e-mail costs a few milliseconds:
// the copy is rendered once per language with a blank for the amount, which each basket's e-mail fills.
export async function queueBasketsValidated(
  tx: Tx,
  market: { name: string } & MarketContact,
  baskets: { orderId: string; user: Person & { receiptByEmail: boolean }; totalCents: number }[],
) {
  const copies = new Map<string, ReturnType<typeof renderNotice>>();
  const emails: OutgoingEmail[] = [];
  for (const { orderId, user, totalCents } of baskets) {
    const { locale, t } = context(user);
    const e = t.emails.basketValidated;
    const contact = noticeContact(t, market);
    if (!copies.has(locale))
      copies.set(
        locale,
        renderNotice({
          lang: locale,
          preview: e.heading,
          heading: e.heading,
          paragraphs: [e.total(AMOUNT_BLANK)],
          action: { label: e.action, url: `${appUrl()}/compte` },
          footer: t.emails.footerMember(market.name),
          contact: contact?.line,
        }),
      );
    const { html, text } = await copies.get(locale)!;
    const amount = formatMoney(totalCents, locale);
    emails.push({
      dedupeKey: `basket-validated:${orderId}`,
      to: user.email,
      fromName: market.name,
      subject: e.subject(market.name),
      template: "basket-validated",
      html: html.replaceAll(AMOUNT_BLANK, amount),
      text: text.replaceAll(AMOUNT_BLANK, amount),
      replyTo: contact?.replyTo,
      receiptOrderId: user.receiptByEmail ? orderId : undefined,
    });
  }
  await enqueueEmails(tx, emails);
}

// Letters and dashes only, so that rendering leaves it as it is; an amount needs no escaping in HTML.
const AMOUNT_BLANK = "cabas-amount-blank";

export async function queueRefundIssued(
  tx: Tx,
  {
    refundKey,
    user,
    market,
    amountCents,
    toCard,
  }: {
    refundKey: string;
    user: Person;
    market: { name: string } & MarketContact;
    amountCents: number;
    toCard: boolean;
  },
) {
  const { locale, t } = context(user);
  const e = t.emails.refundIssued;
  await queueNotice(tx, {
    contact: noticeContact(t, market),
    dedupeKey: `refund:${refundKey}`,
    to: user.email,
    fromName: market.name,
    subject: e.subject(market.name),
    template: "refund-issued",
    props: {
      lang: locale,
      preview: e.heading,
      heading: e.heading,
      paragraphs: [e.body(formatMoney(amountCents, locale), toCard ? e.toCard : e.toBalance)],
      footer: t.emails.footerMember(market.name),
    },
  });
}

export async function queuePayoutSent(
  tx: Tx,
  {
    payoutId,
    users,
    market,
    netCents,
    distributionDay,
  }: {
    payoutId: string;
    users: Person[];
    market: { name: string; timeZone: string };
    netCents: number;
    distributionDay: Date;
  },
) {
  for (const user of users) {
    const { locale, t } = context(user);
    const e = t.emails.payoutSent;
    await queueNotice(tx, {
      dedupeKey: `payout:${payoutId}:${user.id}`,
      to: user.email,
      fromName: market.name,
      subject: e.subject(market.name),
      template: "payout-sent",
      props: {
        lang: locale,
        preview: e.heading,
        heading: e.heading,
        paragraphs: [
          e.body(formatMoney(netCents, locale), formatInZone(distributionDay, t.market.dateFormat, "UTC", locale)),
        ],
        action: { label: e.action, url: `${appUrl()}/producteur/versements` },
        footer: t.emails.footerProducer(market.name),
      },
    });
  }
}
