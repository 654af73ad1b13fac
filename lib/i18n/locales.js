// JavaScript with relative imports only: next.config.mjs imports it (lib/i18n/routes.js), and Node runs it as it is.
export const LOCALES = /** @type {const} */ (["fr", "en"]);
/** @typedef {(typeof LOCALES)[number]} Locale */
/** @type {Locale} */
export const DEFAULT_LOCALE = "fr";
export const LOCALE_COOKIE = "cabas-locale";

/**
 * @param {unknown} value
 * @returns {value is Locale}
 */
export function isLocale(value) {
  return typeof value === "string" && /** @type {readonly string[]} */ (LOCALES).includes(value);
}

/**
 * Picks the first supported language of an Accept-Language header.
 * @param {string | null} header
 * @returns {Locale}
 */
export function localeFromAcceptLanguage(header) {
  for (const part of (header ?? "").split(",")) {
    const tag = part.split(";")[0].trim().slice(0, 2).toLowerCase();
    if (isLocale(tag)) return tag;
  }
  return DEFAULT_LOCALE;
}

// The language is part of a page's address (README, Architecture): French pages are unprefixed, English ones
// live under /en. These three move between the two.

/**
 * The language an address is in.
 * @param {string} pathname
 * @returns {Locale}
 */
export function localeOfPath(pathname) {
  return pathname === "/en" || pathname.startsWith("/en/") ? "en" : DEFAULT_LOCALE;
}

/**
 * An address without its language prefix ("/en/m/x" → "/m/x").
 * @param {string} path a path, with its query string if any
 * @returns {string}
 */
export function unlocalizedPath(path) {
  if (path === "/en" || path.startsWith("/en?")) return `/${path.slice(3)}`;
  return path.startsWith("/en/") ? path.slice(3) : path;
}

/**
 * The same page in a language ("/m/x" in English → "/en/m/x").
 * @param {Locale} locale
 * @param {string} path a path starting with "/", with its query string if any
 * @returns {string}
 */
export function localizedPath(locale, path) {
  const bare = unlocalizedPath(path);
  if (locale === DEFAULT_LOCALE) return bare;
  return bare === "/" ? `/${locale}` : bare.startsWith("/?") ? `/${locale}${bare.slice(1)}` : `/${locale}${bare}`;
}
