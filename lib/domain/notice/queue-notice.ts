import { createElement } from "react";
import MarketNotice, { type MarketNoticeProps } from "@/emails/market-notice";
import type { Tx } from "@/lib/db/client";
import { renderEmail } from "@/lib/email/render-email";
import { enqueueEmail } from "../email/enqueue-email";
import type { NoticeContact } from "./market-contact";

// A notice rendered now and queued; one that carries an unsubscribe link (`props.unsubscribe`) also carries
// it as its List-Unsubscribe header. A shopper's notice carries the market's contact (`noticeContact`): its
// line in the footer, its e-mail as the Reply-To.
export async function queueNotice(
  tx: Tx,
  notice: {
    dedupeKey: string;
    to: string;
    fromName: string;
    subject: string;
    template: string;
    props: MarketNoticeProps;
    contact?: NoticeContact;
  },
) {
  const { html, text } = await renderNotice({ ...notice.props, contact: notice.contact?.line });
  await enqueueEmail(tx, {
    dedupeKey: notice.dedupeKey,
    to: notice.to,
    fromName: notice.fromName,
    subject: notice.subject,
    html,
    text,
    template: notice.template,
    listUnsubscribeUrl: notice.props.unsubscribe?.url,
    replyTo: notice.contact?.replyTo,
  });
}

export function renderNotice(props: MarketNoticeProps) {
  return renderEmail(createElement(MarketNotice, props));
}
