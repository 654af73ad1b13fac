import { db } from "@/lib/db/client";
import { loadMessageForEmail, loadRecipientsForEmail, renderMessageEmail } from "../message/render-message-email";

// For the development mailbox only (no SMTP configured): the latest queued e-mails.
export function listOutbox({ take = 100 }: { take?: number } = {}) {
  return db().emailOutbox.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, toEmail: true, fromName: true, subject: true, status: true, createdAt: true },
  });
}

// A market message is stored unrendered: it is shown as it would be sent now.
export async function getOutboxEmail(id: string, appUrl: string) {
  const mail = await db().emailOutbox.findUnique({
    where: { id },
    select: {
      id: true,
      toEmail: true,
      fromName: true,
      subject: true,
      html: true,
      messageId: true,
      recipientUserId: true,
    },
  });
  if (!mail) return null;
  const { messageId, recipientUserId, ...shown } = mail;
  if (!messageId || !recipientUserId) return { ...shown, html: shown.html ?? "" };
  const [recipient] = await loadRecipientsForEmail([recipientUserId]);
  const rendered = recipient
    ? await renderMessageEmail({ message: await loadMessageForEmail(messageId), recipient, appUrl })
    : null;
  return { ...shown, html: rendered?.html ?? "" };
}
