import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type Locale } from "./locales";

// The language as lib/i18n/server.ts picks it (the chosen one, else the browser's), read in the browser: for
// app/global-error.tsx, which replaces every layout and so has no server-side language to go by.
export function browserLocale(cookie: string, languages: readonly string[]): Locale {
  for (const part of cookie.split(";")) {
    const [name, value] = part.trim().split("=");
    if (name === LOCALE_COOKIE && isLocale(value)) return value;
  }
  return localeFromAcceptLanguage(languages.join(","));
}
