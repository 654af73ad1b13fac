import type { Locale } from "./locales";
import { offline as offlineEn } from "./messages/en/offline";
import { offline as offlineFr } from "./messages/fr/offline";

// The offline day screen's strings alone, for its client components (as common-messages.ts does for error pages).
export type OfflineMessages = typeof offlineFr;

export function offlineMessagesFor(locale: Locale): OfflineMessages {
  return locale === "en" ? offlineEn : offlineFr;
}
