import { formatInZone } from "@/lib/i18n/format";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { marketContactSelect, noticeContact, type MarketContact } from "./market-contact";

export type NoticeDistribution = {
  id: string;
  // The sale's own name and note to members, when the admin gave them.
  name?: string | null;
  note?: string | null;
  pickupStartAt: Date;
  pickupEndAt: Date;
  ordersCloseAt: Date;
  place: { name: string; city: string };
  market: { id: string; slug: string; name: string; timeZone: string } & MarketContact;
};

// Everything a notice about one distribution says, in the recipient's language and the market's time zone.
export function noticeContext(d: NoticeDistribution, userLocale: string) {
  const locale: Locale = isLocale(userLocale) ? userLocale : "fr";
  const t = messagesFor(locale);
  const at = (date: Date, pattern: string) => formatInZone(date, pattern, d.market.timeZone, locale);
  return {
    locale,
    t,
    at,
    day: at(d.pickupStartAt, t.market.dateFormat),
    // For the notices to shoppers; a producer or an admin knows whom to ask.
    contact: noticeContact(t, d.market),
    pickupLine: [
      d.name && t.emails.saleName(d.name),
      t.emails.pickupLine(
        at(d.pickupStartAt, t.market.dateFormat),
        at(d.pickupStartAt, t.market.timeFormat),
        at(d.pickupEndAt, t.market.timeFormat),
        `${d.place.name}, ${d.place.city}`,
      ),
      d.note && t.emails.saleNote(d.note),
    ]
      .filter(Boolean)
      .join(" "),
  };
}

export const noticeDistributionSelect = {
  id: true,
  name: true,
  note: true,
  pickupStartAt: true,
  pickupEndAt: true,
  ordersCloseAt: true,
  place: { select: { name: true, city: true } },
  market: { select: { id: true, slug: true, name: true, timeZone: true, ...marketContactSelect } },
} as const;
