// JavaScript: lib/shop-showcase.js, which next.config.mjs imports, reads the language cookie's name here.
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
