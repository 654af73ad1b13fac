import type { Tx } from "@/lib/db/client";
import { DomainError } from "../errors";
import { messageHtmlFromInput } from "./sanitize-message";
import { attachmentFilename, sniffAttachmentType, type AttachmentType } from "./sniff-attachment";

// Any account can create a market, so what a market can send is bounded: the size of a message, what it may
// carry, and how much it sends in a rolling 24 hours. Replies from producers are not counted.
export const MAX_SUBJECT_CHARS = 200;
// What is typed (checked before sanitising, so a huge post is refused cheaply) and the HTML kept after.
export const MAX_BODY_INPUT_CHARS = 100_000;
export const MAX_BODY_HTML_CHARS = 50_000;
export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;
export const MAX_ATTACHMENTS_BYTES = 5 * 1024 * 1024;
export const MAX_MESSAGES_PER_DAY = 10;
export const MAX_MESSAGE_EMAILS_PER_DAY = 2_000;
const DAY_MS = 24 * 3_600_000;

export type Attachment = { filename: string; bytes: Uint8Array<ArrayBuffer> };
export type CheckedAttachment = Attachment & { mimeType: AttachmentType };

export function checkSubject(subject: string): string {
  const trimmed = subject.trim();
  if (!trimmed) throw new DomainError("required", "subject");
  if (trimmed.length > MAX_SUBJECT_CHARS) throw new DomainError("SUBJECT_TOO_LONG", "subject");
  return trimmed;
}

// The sanitised HTML of a message body, within bounds and not empty.
export function checkBody(body: string, field = "body"): string {
  if (body.length > MAX_BODY_INPUT_CHARS) throw new DomainError("MESSAGE_TOO_LONG", field);
  const html = messageHtmlFromInput(body);
  if (html.length > MAX_BODY_HTML_CHARS) throw new DomainError("MESSAGE_TOO_LONG", field);
  if (!html.replace(/<[^>]*>/g, "").trim()) throw new DomainError("MESSAGE_EMPTY", field);
  return html;
}

// Documents and images only, by their content; each file and all of them within their size.
export function checkAttachments(attachments: Attachment[]): CheckedAttachment[] {
  if (attachments.length > MAX_ATTACHMENTS) throw new DomainError("TOO_MANY_ATTACHMENTS", "attachments");
  if (
    attachments.some((a) => a.bytes.length > MAX_ATTACHMENT_BYTES) ||
    attachments.reduce((s, a) => s + a.bytes.length, 0) > MAX_ATTACHMENTS_BYTES
  ) {
    throw new DomainError("ATTACHMENT_TOO_LARGE", "attachments");
  }
  return attachments.map((a) => {
    const mimeType = sniffAttachmentType(a.bytes, a.filename);
    if (!mimeType) {
      throw new DomainError("ATTACHMENT_TYPE_NOT_ALLOWED", "attachments", { name: a.filename.slice(0, 100) });
    }
    return { filename: attachmentFilename(a.filename, mimeType), bytes: a.bytes, mimeType };
  });
}

// Refuses a message that would take the market past its daily allowance, saying when it will fit. Called
// with the market row locked, so that two sends at once cannot both take the last place.
export async function requireMessagesLeftToday(
  tx: Tx,
  { marketId, timeZone, recipients, now }: { marketId: string; timeZone: string; recipients: number; now: Date },
) {
  if (recipients > MAX_MESSAGE_EMAILS_PER_DAY) throw new DomainError("MESSAGE_AUDIENCE_TOO_LARGE", "audience");
  const sent = await tx.message.findMany({
    // Replies and the inbox's answers (one person to one person) are not the market's sends.
    where: {
      marketId,
      audience: { not: "MARKET_ADMINS_OF" },
      threadId: null,
      createdAt: { gt: new Date(now.getTime() - DAY_MS) },
    },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true, _count: { select: { recipients: true } } },
  });
  const freeAt = (index: number) => new Date(sent[index].createdAt.getTime() + DAY_MS);
  if (sent.length >= MAX_MESSAGES_PER_DAY) {
    throw new DomainError("MESSAGES_DAILY_LIMIT", undefined, {
      at: freeAt(sent.length - MAX_MESSAGES_PER_DAY),
      timeZone,
    });
  }
  const emails = sent.reduce((s, m) => s + m._count.recipients, 0);
  let excess = emails + recipients - MAX_MESSAGE_EMAILS_PER_DAY;
  if (excess <= 0) return;
  for (let i = 0; i < sent.length; i++) {
    excess -= sent[i]._count.recipients;
    if (excess <= 0) throw new DomainError("MESSAGE_EMAILS_DAILY_LIMIT", undefined, { at: freeAt(i), timeZone });
  }
}
