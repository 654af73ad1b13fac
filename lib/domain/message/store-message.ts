import type { MessageAudience } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { enqueueMessageEmails } from "../email/enqueue-email";
import { DomainError } from "../errors";
import type { CheckedAttachment } from "./message-limits";

type Recipient = { id: string; email: string };

// Stores the message once (sent at `now`), one recipient row each, its attachments, and one small outbox row
// per recipient naming the message: the delivery job renders each e-mail when it sends it. A few statements
// whatever the number of recipients.
export async function storeMessage(
  tx: Tx,
  message: {
    marketId: string;
    marketName: string;
    senderUserId: string;
    replyTo: string;
    audience: MessageAudience;
    subject: string;
    html: string;
    toProducerId?: string;
    senderProducerId?: string;
    parentId?: string;
    threadId?: string;
    catalogId?: string;
    now: Date;
  },
  recipients: Recipient[],
  attachments: CheckedAttachment[],
) {
  const created = await tx.message.create({
    data: {
      marketId: message.marketId,
      senderUserId: message.senderUserId,
      audience: message.audience,
      subject: message.subject,
      bodyHtml: message.html,
      toProducerId: message.toProducerId,
      senderProducerId: message.senderProducerId,
      parentId: message.parentId,
      threadId: message.threadId,
      catalogId: message.catalogId,
      createdAt: message.now,
      recipients: { createMany: { data: recipients.map((r) => ({ userId: r.id })), skipDuplicates: true } },
      attachments: {
        createMany: {
          data: attachments.map((a) => ({
            filename: a.filename,
            mimeType: a.mimeType,
            size: a.bytes.length,
            data: a.bytes,
          })),
        },
      },
    },
    select: { id: true },
  });
  await enqueueMessageEmails(tx, {
    id: created.id,
    fromName: message.marketName,
    subject: message.subject,
    replyTo: message.replyTo,
    recipients,
  });
  return { id: created.id, recipients: recipients.length };
}

// The market row, locked until the transaction ends: sends of one market are counted one at a time.
export async function lockMarket(tx: Tx, marketId: string) {
  const [market] = await tx.$queryRaw<{ name: string; timeZone: string; contactEmail: string | null }[]>`
    SELECT "name", "timeZone", "contactEmail" FROM "Market" WHERE "id" = ${marketId} FOR UPDATE`;
  if (!market) throw new DomainError("NOT_FOUND");
  return market;
}

// Mail leaves from Cabas's no-reply sender and Cabas receives none, so a market's message names who gets the
// answers: the market's contact address when its settings give one, else the admin who sent it (issue #18).
export async function marketReplyTo(tx: Tx, market: { contactEmail: string | null }, senderUserId: string) {
  if (market.contactEmail) return market.contactEmail;
  return (await tx.user.findUniqueOrThrow({ where: { id: senderUserId }, select: { email: true } })).email;
}
