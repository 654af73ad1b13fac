import type { Messages } from "@/lib/i18n/messages";

export type MarketContact = { contactName: string | null; contactEmail: string | null; contactPhone: string | null };

export const marketContactSelect = { contactName: true, contactEmail: true, contactPhone: true } as const;

// What a market's e-mail to its shoppers says of whom to ask (the coordinator set in the market's settings)
// and where an answer goes: the line in the footer, and the Reply-To. Nothing when the market has no contact.
export type NoticeContact = { line: string; replyTo?: string };

export function noticeContact(t: Messages, market: MarketContact): NoticeContact | undefined {
  const parts = [market.contactName, market.contactEmail, market.contactPhone].filter((p): p is string => !!p);
  if (!parts.length) return undefined;
  return { line: t.emails.contactLine(parts.join(" — ")), replyTo: market.contactEmail ?? undefined };
}
