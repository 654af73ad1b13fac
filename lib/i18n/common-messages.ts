import type { Locale } from "./locales";
import { common as commonEn } from "./messages/en/common";
import { common as commonFr } from "./messages/fr/common";

// The strings every area shares (error and not-found pages) without the rest: what client components that
// render outside any page (error boundaries) import, so they do not carry every area's strings to the browser.
export type CommonMessages = typeof commonFr;

export function commonMessagesFor(locale: Locale): CommonMessages {
  return locale === "en" ? commonEn : commonFr;
}
