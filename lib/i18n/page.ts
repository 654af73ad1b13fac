import "server-only";
import { locale as localeParam } from "next/root-params";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";
import { messagesFor } from "./messages";

// The language of a page, a layout or a server component: the address's (app/[locale], French unprefixed and
// English under /en, README Architecture). It depends on nothing else of the request, so a public page can be
// rendered once per address and served from Next's cache.
export async function getLocale(): Promise<Locale> {
  const locale = await localeParam();
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

export async function getMessages() {
  const locale = await getLocale();
  return { locale, t: messagesFor(locale) };
}
