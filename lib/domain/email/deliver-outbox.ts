import { db } from "@/lib/db/client";
import {
  loadMessageForEmail,
  loadRecipientsForEmail,
  renderMessageEmail,
  type MessageForEmail,
} from "../message/render-message-email";
import type { ItemFailure } from "../job/item-failures";

export type SendMail = (mail: {
  to: string;
  fromName: string;
  subject: string;
  html: string;
  text: string;
  messageId: string;
  // Set on e-mails one can opt out of: sent as List-Unsubscribe with List-Unsubscribe-Post (RFC 8058).
  listUnsubscribeUrl?: string;
  replyTo?: string;
  attachments?: MailAttachment[];
}) => Promise<void>;

export type MailAttachment = { filename: string; content: Buffer; contentType: string };

// Draws a basket's receipt for its shopper, or null when the basket is gone (lib/pdf/receipt-pdf.tsx: the domain
// does not draw).
export type ReceiptAttachment = (orderId: string) => Promise<MailAttachment | null>;

type ClaimedMail = {
  id: string;
  toEmail: string;
  fromName: string;
  subject: string;
  html: string | null;
  text: string | null;
  messageId: string | null;
  recipientUserId: string | null;
  listUnsubscribeUrl: string | null;
  replyTo: string | null;
  receiptOrderId: string | null;
  attempts: number;
};

export const MAX_EMAIL_ATTEMPTS = 8;
// While a run is sending a mail it holds it for this long; a run that dies mid-way releases it by expiry.
const LEASE_MS = 10 * 60 * 1000;

// 1 min, 2, 4, 8 … capped at 6 h.
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);
}

// Sends what is due in the outbox. Each mail is claimed by pushing its next attempt past the lease with
// `FOR UPDATE SKIP LOCKED`, so two runs at the same instant never pick the same mail; a mail leaves the
// queue only once the SMTP server has accepted it. A market message is rendered here, for its recipient
// (`appUrl` makes its links), and skipped if they have unsubscribed from the market since it was queued.
// Each mail is sent on its own: one that cannot be rendered or that the server refuses is reported in
// `failures`, put back with a back-off, and the others go on.
export async function deliverOutbox({
  send,
  now,
  appUrl,
  receipt,
  batchSize = 50,
}: {
  send: SendMail;
  // How a basket's receipt is drawn, for e-mails that carry one; without it they go without.
  receipt?: ReceiptAttachment;
  now: Date;
  appUrl: string;
  batchSize?: number;
}) {
  const claimed = await db().$queryRaw<ClaimedMail[]>`
    UPDATE "EmailOutbox" SET "nextAttemptAt" = ${new Date(now.getTime() + LEASE_MS)}, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "EmailOutbox"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt", "createdAt"
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "toEmail", "fromName", "subject", "html", "text", "messageId", "recipientUserId",
      "listUnsubscribeUrl", "replyTo", "receiptOrderId", "attempts"`;
  const messages = new Map<string, Promise<MessageForEmail>>();
  const recipientIds = claimed.flatMap((m) => (m.messageId && m.recipientUserId ? [m.recipientUserId] : []));
  const recipients = new Map(
    (recipientIds.length ? await loadRecipientsForEmail(recipientIds) : []).map((r) => [r.id, r]),
  );
  let succeeded = 0;
  let skipped = 0;
  const failures: ItemFailure[] = [];
  for (const mail of claimed) {
    try {
      let content = { html: mail.html, text: mail.text, listUnsubscribeUrl: mail.listUnsubscribeUrl ?? undefined };
      if (mail.messageId) {
        const recipient = recipients.get(mail.recipientUserId ?? "");
        if (!recipient) throw new Error(`recipient ${mail.recipientUserId} not found`);
        if (!messages.has(mail.messageId)) messages.set(mail.messageId, loadMessageForEmail(mail.messageId));
        const rendered = await renderMessageEmail({ message: await messages.get(mail.messageId)!, recipient, appUrl });
        if (!rendered) {
          await db().emailOutbox.update({ where: { id: mail.id }, data: { status: "SKIPPED", lastError: null } });
          skipped++;
          continue;
        }
        content = rendered;
      }
      if (content.html === null || content.text === null) throw new Error("nothing to send");
      const attachment = mail.receiptOrderId && receipt ? await receipt(mail.receiptOrderId) : null;
      await send({
        to: mail.toEmail,
        fromName: mail.fromName,
        subject: mail.subject,
        html: content.html,
        text: content.text,
        messageId: mail.id,
        listUnsubscribeUrl: content.listUnsubscribeUrl,
        replyTo: mail.replyTo ?? undefined,
        ...(attachment ? { attachments: [attachment] } : {}),
      });
    } catch (error) {
      failures.push({ item: "email", itemId: mail.id, error });
      const giveUp = mail.attempts >= MAX_EMAIL_ATTEMPTS;
      // Should this write fail too, the lease expires and the mail is tried again all the same.
      await db()
        .emailOutbox.update({
          where: { id: mail.id },
          data: {
            status: giveUp ? "FAILED" : "PENDING",
            nextAttemptAt: new Date(now.getTime() + retryDelayMs(mail.attempts)),
            lastError: String((error as Error).message ?? error).slice(0, 500),
          },
        })
        .catch(() => undefined);
      continue;
    }
    try {
      await db().emailOutbox.update({
        where: { id: mail.id },
        data: { status: "SENT", sentAt: new Date(), lastError: null },
      });
      succeeded++;
    } catch (error) {
      // Sent but not recorded: it goes again once the lease expires (at least once, never lost).
      failures.push({ item: "email", itemId: mail.id, error });
    }
  }
  return { claimed: claimed.length, succeeded, skipped, failures };
}
