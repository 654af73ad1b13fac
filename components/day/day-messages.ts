import type { Locale } from "@/lib/i18n/locales";
import { day as en } from "@/lib/i18n/messages/en/day";
import { day as fr } from "@/lib/i18n/messages/fr/day";

// The day screen is drawn in the browser: it carries its own strings, not the whole catalog.
export function dayMessages(locale: Locale) {
  return locale === "en" ? en : fr;
}

export type DayMessages = ReturnType<typeof dayMessages>;
