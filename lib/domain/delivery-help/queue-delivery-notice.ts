import type { Tx } from "@/lib/db/client";
import { appUrl } from "@/lib/env";
import { noticeContext, type NoticeDistribution } from "../notice/distribution-notice-context";
import { queueNotice } from "../notice/queue-notice";

export type DeliveryNoticeKind =
  | "offered"
  | "accepted"
  | "refused"
  | "notChosen"
  | "offerWithdrawn"
  | "requestWithdrawn"
  | "undoneForVolunteer"
  | "undoneForPerson";

// Tells someone that a delivery offer changed, in their language, with a link to their pick-up page. It never
// carries a phone number, an address or an e-mail address: an e-mail cannot be taken back once sent, so
// contact details are only shown in the app, where they stop showing after a withdrawal or the deadline.
// `other` is the other person as they may already see them (« Louis P. », « Fatou »). Each kind happens at
// most once per offer and recipient, hence the dedupe key.
export async function queueDeliveryNotice(
  tx: Tx,
  {
    kind,
    offerId,
    recipient,
    other,
    pageOrderId,
    distribution,
  }: {
    kind: DeliveryNoticeKind;
    offerId: string;
    recipient: { id: string; email: string; locale: string };
    other: string;
    pageOrderId: string;
    distribution: NoticeDistribution;
  },
) {
  const { contact, t, locale, pickupLine } = noticeContext(distribution, recipient.locale);
  const e = t.logistics.deliveryEmail;
  const { heading, body } = e.kinds[kind](other);
  await queueNotice(tx, {
    contact,
    dedupeKey: `delivery-${kind}:${offerId}:${recipient.id}`,
    to: recipient.email,
    fromName: distribution.market.name,
    subject: e.subject(distribution.market.name),
    template: `delivery-${kind}`,
    props: {
      lang: locale,
      preview: heading,
      heading,
      paragraphs: [body, pickupLine, e.privacy],
      action: { label: e.action, url: `${appUrl()}/retrait/${pageOrderId}` },
      footer: t.emails.footerMember(distribution.market.name),
    },
  });
}
