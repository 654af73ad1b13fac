import type { Tx } from "@/lib/db/client";
import { appUrl } from "@/lib/env";
import { formatInZone } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/money";
import { enqueueEmails, type OutgoingEmail } from "../email/enqueue-email";
import { vatBreakdown, type VatBreakdown, type VatLine } from "../order/vat-breakdown";
import { noticeContact, type MarketContact } from "./market-contact";
import { queueNotice, renderNotice } from "./queue-notice";
import { vatTable } from "./vat-table";

type Person = { id: string; email: string; locale: string };

function context(user: Person) {
  const locale = isLocale(user.locale) ? user.locale : "fr";
  return { locale, t: messagesFor(locale) };
}

// « Votre panier est validé », with its final amount (after adjustments) and the VAT it includes per rate, for
// each basket validated together (one basket, or every basket left when the distribution is validated).
// Rendering an e-mail costs a few milliseconds: the copy is rendered once per language and number of VAT rates,
// with blanks for the amount and the VAT table's cells, which each basket's e-mail fills.
export async function queueBasketsValidated(
  tx: Tx,
  market: { name: string } & MarketContact,
  baskets: { orderId: string; user: Person & { receiptByEmail: boolean }; totalCents: number }[],
) {
  const vat = await vatByBasket(
    tx,
    baskets.map((b) => b.orderId),
  );
  const copies = new Map<string, ReturnType<typeof renderNotice>>();
  const emails: OutgoingEmail[] = [];
  for (const { orderId, user, totalCents } of baskets) {
    const { locale, t } = context(user);
    const e = t.emails.basketValidated;
    const contact = noticeContact(t, market);
    const table = vatTable(vat.get(orderId) ?? vatBreakdown([]), t, locale);
    const copy = `${locale}:${table.rows.length}`;
    if (!copies.has(copy))
      copies.set(
        copy,
        renderNotice({
          lang: locale,
          preview: e.heading,
          heading: e.heading,
          paragraphs: [e.total(AMOUNT_BLANK)],
          table: [{ ...table, rows: table.rows.map((row, i) => row.map((_, j) => cellBlank(i, j))) }],
          action: { label: e.action, url: `${appUrl()}/compte` },
          footer: t.emails.footerMember(market.name),
          contact: contact?.line,
        }),
      );
    const { html, text } = await copies.get(copy)!;
    const fill = (body: string) =>
      table.rows.reduce(
        (filled, row, i) => row.reduce((cells, cell, j) => cells.replaceAll(cellBlank(i, j), cell), filled),
        body.replaceAll(AMOUNT_BLANK, formatMoney(totalCents, locale)),
      );
    emails.push({
      dedupeKey: `basket-validated:${orderId}`,
      to: user.email,
      fromName: market.name,
      subject: e.subject(market.name),
      template: "basket-validated",
      html: fill(html),
      text: fill(text),
      replyTo: contact?.replyTo,
      receiptOrderId: user.receiptByEmail ? orderId : undefined,
    });
  }
  await enqueueEmails(tx, emails);
}

// Letters and dashes only, so that rendering leaves it as it is; an amount or a rate needs no escaping in HTML.
// No blank is the beginning of another.
const AMOUNT_BLANK = "cabas-amount-blank";
const letter = (n: number) => String.fromCharCode(97 + n);
const cellBlank = (row: number, column: number) => `cabas-vat-${letter(row)}${letter(column)}-blank`;

// Each basket's VAT per rate, from its lines' stored net and VAT (lib/domain/order/vat-breakdown.ts).
async function vatByBasket(tx: Tx, orderIds: string[]): Promise<Map<string, VatBreakdown>> {
  const sums = await tx.orderLine.groupBy({
    by: ["orderId", "vatRateBp"],
    where: { orderId: { in: orderIds } },
    _sum: { totalCents: true, vatCents: true, netCents: true },
  });
  const lines = new Map<string, VatLine[]>();
  for (const { orderId, vatRateBp, _sum } of sums)
    lines.set(orderId, [
      ...(lines.get(orderId) ?? []),
      { vatRateBp, totalCents: _sum.totalCents ?? 0, vatCents: _sum.vatCents ?? 0, netCents: _sum.netCents ?? 0 },
    ]);
  return new Map([...lines].map(([orderId, l]) => [orderId, vatBreakdown(l)]));
}

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
