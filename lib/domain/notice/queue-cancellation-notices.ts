import type { Tx } from "@/lib/db/client";
import { appUrl } from "@/lib/env";
import { noticeContext, type NoticeDistribution } from "./distribution-notice-context";
import { queueNotice } from "./queue-notice";

type Person = { id: string; email: string; locale: string };

// Why lines left a basket: the whole distribution was cancelled, or one producer left it.
export type CancellationReason = { distribution: true } | { producer: string };

// To a shopper whose basket lost lines that were not theirs to remove, in their language.
export async function queueBasketCancelled(
  tx: Tx,
  {
    distribution: d,
    user,
    orderId,
    basketNumber,
    lineIds,
    products,
    basketEmpty,
    paidBack,
    reason,
  }: {
    distribution: NoticeDistribution;
    user: Person;
    orderId: string;
    basketNumber: number;
    lineIds: string[];
    products: string[];
    basketEmpty: boolean;
    // REFUNDED: refunds were made (each has its own e-mail); BALANCE: the basket was paid from the balance,
    // which gets it back through the basket's lower debt.
    paidBack: "REFUNDED" | "BALANCE" | null;
    reason: CancellationReason;
  },
) {
  const { contact, t, day, pickupLine, locale } = noticeContext(d, user.locale);
  const e = t.refunds.emails;
  const whole = "distribution" in reason;
  const heading = whole ? e.distributionCancelled.heading : e.linesCancelled.heading;
  await queueNotice(tx, {
    contact,
    // A line is cancelled once (it is deleted), so the first one names this notice.
    dedupeKey: whole ? `distribution-cancelled:${orderId}` : `lines-cancelled:${lineIds[0]}`,
    to: user.email,
    fromName: d.market.name,
    subject: whole ? e.distributionCancelled.subject(d.market.name, day) : e.linesCancelled.subject(d.market.name, day),
    template: whole ? "distribution-cancelled" : "lines-cancelled",
    props: {
      lang: locale,
      preview: heading,
      heading,
      paragraphs: [
        pickupLine,
        whole
          ? e.distributionCancelled.basket(basketNumber)
          : e.linesCancelled.body(reason.producer, products.join(", ")),
        ...(!whole && basketEmpty ? [e.linesCancelled.basketEmpty] : []),
        ...(paidBack === "REFUNDED" ? [e.paidBack] : paidBack === "BALANCE" ? [e.balanceCredited] : []),
      ],
      action: { label: e.action, url: `${appUrl()}/compte` },
      footer: t.emails.footerMember(d.market.name),
    },
  });
}

// To each user of a producer whose orders at a distribution were cancelled (all of them, or its own only).
export async function queueProducerSaleCancelled(
  tx: Tx,
  {
    distribution: d,
    producer,
    baskets,
    whole,
  }: {
    distribution: NoticeDistribution;
    producer: { id: string; name: string; users: Person[] };
    baskets: number;
    whole: boolean;
  },
) {
  for (const user of producer.users) {
    const { t, day, pickupLine, locale } = noticeContext(d, user.locale);
    const e = t.refunds.emails;
    const heading = whole ? e.distributionCancelled.heading : e.linesCancelled.producerHeading;
    await queueNotice(tx, {
      dedupeKey: `${whole ? "distribution-cancelled" : "sale-withdrawn"}:${d.id}:${producer.id}:${user.id}`,
      to: user.email,
      fromName: d.market.name,
      subject: whole
        ? e.distributionCancelled.subject(d.market.name, day)
        : e.linesCancelled.producerSubject(d.market.name, day),
      template: whole ? "distribution-cancelled" : "sale-withdrawn",
      props: {
        lang: locale,
        preview: heading,
        heading,
        paragraphs: [
          pickupLine,
          whole ? e.distributionCancelled.producer(producer.name) : e.linesCancelled.producerBody(baskets),
        ],
        action: { label: t.producer.nav.sales, url: `${appUrl()}/producteur/ventes` },
        footer: t.emails.footerProducer(d.market.name),
      },
    });
  }
}
