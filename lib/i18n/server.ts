import { cookies, headers } from "next/headers";
import {
  DEFAULT_LOCALE,
  isLocale,
  LOCALE_COOKIE,
  localeFromAcceptLanguage,
  localeOfPath,
  type Locale,
} from "./locales";
import { messagesFor } from "./messages";

// The language of a server action or a route handler, which have no address of their own: the page that sent
// the form (its address says its language, README Architecture), else the chosen one (a cookie, written at
// sign-in from the user's saved preference and whenever they change it), else the browser's, else French.
// Pages and layouts read their address's language instead (lib/i18n/page.ts).
export async function getLocale(): Promise<Locale> {
  const requestHeaders = await headers();
  const referer = requestHeaders.get("referer");
  if (referer) {
    try {
      const from = new URL(referer);
      if (from.host === requestHeaders.get("host")) return localeOfPath(from.pathname);
    } catch {
      // not an address: read on
    }
  }
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage(requestHeaders.get("accept-language")) ?? DEFAULT_LOCALE;
}

export async function getMessages() {
  const locale = await getLocale();
  return { locale, t: messagesFor(locale) };
}
