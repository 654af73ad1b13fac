import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { insertRows } from "@/lib/db/insert-rows";

export type OutgoingEmail = {
  dedupeKey: string;
  to: string;
  fromName: string;
  subject: string;
  html: string;
  text: string;
  template: string;
  // For e-mails one can opt out of: the RFC 8058 one-click address (also linked in the footer).
  listUnsubscribeUrl?: string;
  // Where an answer goes: the market's contact e-mail for its notices (a market message says who sent it).
  replyTo?: string;
  // A basket whose receipt (PDF) the delivery job attaches (the shopper asked for it in their preferences).
  receiptOrderId?: string;
};

// Called inside the transaction of the change that causes the e-mail, so that both commit or neither does.
// The dedupe key makes a retried job queue the same e-mail once.
export async function enqueueEmail(tx: Tx, email: OutgoingEmail) {
  await enqueueEmails(tx, [email]);
}

// Many at once, in one statement (lib/db/insert-rows.ts).
export async function enqueueEmails(tx: Tx, emails: OutgoingEmail[]) {
  await insertRows(
    tx,
    "EmailOutbox",
    emails.map((email) => ({
      id: randomUUID(),
      dedupeKey: email.dedupeKey,
      toEmail: email.to,
      fromName: email.fromName,
      subject: email.subject,
      html: email.html,
      text: email.text,
      template: email.template,
      listUnsubscribeUrl: email.listUnsubscribeUrl ?? null,
      replyTo: email.replyTo ?? null,
      receiptOrderId: email.receiptOrderId ?? null,
    })),
    { skipDuplicates: true },
  );
}

// A market message, queued as one small row per recipient in one statement: no rendered copy is stored, the
// delivery job renders each for its recipient when it sends it (lib/domain/message/render-message-email.ts).
// `replyTo` is the person an answer by e-mail reaches (Cabas receives no mail).
export async function enqueueMessageEmails(
  tx: Tx,
  message: {
    id: string;
    fromName: string;
    subject: string;
    replyTo: string;
    recipients: { id: string; email: string }[];
  },
) {
  await tx.emailOutbox.createMany({
    data: message.recipients.map((r) => ({
      dedupeKey: `message:${message.id}:${r.id}`,
      toEmail: r.email,
      fromName: message.fromName,
      subject: message.subject,
      template: "market-message",
      messageId: message.id,
      recipientUserId: r.id,
      replyTo: message.replyTo,
    })),
    skipDuplicates: true,
  });
}
