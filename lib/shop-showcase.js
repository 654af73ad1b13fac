// A shop page is the same for every visitor of a language, and the same for every signed-in member (order forms
// on, their basket loaded apart as a small live panel): Next's router rewrites its address to the showcase route
// (app/(showcase)), rendered once per audience and served from Next's cache. These are plain config rewrites
// rather than proxy.ts, which would cost as much as serving the cached page itself.
// JavaScript with relative imports only: next.config.mjs imports it, and Node runs it as it is.
import { LOCALE_COOKIE } from "./i18n/locales.js";
import { isProductCategory, PRODUCT_CATEGORIES } from "./validation/product-categories.js";
/** @import { Locale } from "./i18n/locales.js" */
/** @import { ShopFilters } from "./validation/shop-filters" */

/** @typedef {{ type: "cookie" | "header" | "query"; key: string; value?: string }} Condition */
/** @typedef {{ source: string; destination: string; has?: Condition[]; missing?: Condition[] }} Rewrite */

export const AUDIENCES = /** @type {const} */ (["visiteur", "membre"]);
/** @typedef {(typeof AUDIENCES)[number]} Audience */
// Auth.js's session cookie, under either of its names (never chunked here: the token holds only the user id).
/** @type {Condition} */
const SESSION = {
  type: "header",
  key: "cookie",
  value: "(?:.*;\\s*)?(?:__Secure-)?authjs\\.session-token=.*",
};

const ALL_CATEGORIES = "toutes";
/** @type {Condition} */
const CATEGORY = {
  type: "query",
  key: "categorie",
  value: `(?<categorie>${PRODUCT_CATEGORIES.join("|")})`,
};
// The showcase keeps the first pages (1 to 30); deeper ones are rare and stay live, which bounds what the cache holds.
const SHOWCASE_PAGES = 30;
/** @type {Condition} */
const PAGE = { type: "query", key: "page", value: "(?<page>[1-9]|[12][0-9]|30)" };

// The language as lib/i18n/server.ts reads it: the chosen one (cookie), else the first supported one the
// browser asks for, else French.
/** @param {string} tag */
const firstAccepted = (tag) => `(?:\\s*(?!\\s|[Ff][Rr]|[Ee][Nn])[^,]*,)*\\s*${tag}.*`;
/** @type {{ locale: Locale; has: Condition[] }[]} */
const LANGUAGE_RULES = [
  { locale: "en", has: [{ type: "cookie", key: LOCALE_COOKIE, value: "en" }] },
  { locale: "fr", has: [{ type: "cookie", key: LOCALE_COOKIE, value: "fr" }] },
  { locale: "en", has: [{ type: "header", key: "accept-language", value: firstAccepted("[Ee][Nn]") }] },
  { locale: "fr", has: [] },
];

/** @type {{ segments: string; has: Condition[]; missing: Condition[] }[]} */
const FILTER_RULES = [
  {
    segments: `${ALL_CATEGORIES}/1`,
    has: [],
    missing: [
      { type: "query", key: "categorie" },
      { type: "query", key: "page" },
    ],
  },
  { segments: `${ALL_CATEGORIES}/:page`, has: [PAGE], missing: [{ type: "query", key: "categorie" }] },
  { segments: ":categorie/1", has: [CATEGORY], missing: [{ type: "query", key: "page" }] },
  { segments: ":categorie/:page", has: [CATEGORY, PAGE], missing: [] },
];

// Searches (unbounded), odd filters and deep pages stay on the live page. Members' server actions go to the
// showcase too, so that the page they refresh is the one on screen; visitors' (the language switch) go live.
/** @returns {Rewrite[]} */
export function showcaseRewrites() {
  /** @type {{ audience: Audience; has: Condition[]; missing: Condition[] }[]} */
  const audiences = [
    { audience: "membre", has: [SESSION], missing: [] },
    { audience: "visiteur", has: [], missing: [SESSION, { type: "header", key: "next-action" }] },
  ];
  return audiences.flatMap(({ audience, ...who }) =>
    LANGUAGE_RULES.flatMap((language) =>
      FILTER_RULES.map((filter) => ({
        // Only well-formed slugs and ids: each distinct address becomes a cache entry.
        source: "/m/:slug([a-z0-9-]{1,80})/distributions/:distributionId([a-z0-9]{20,40})",
        destination: `/vitrine/${language.locale}/${audience}/:slug/:distributionId/${filter.segments}`,
        has: [...who.has, ...language.has, ...filter.has],
        missing: [...who.missing, { type: "query", key: "q" }, ...filter.missing],
      })),
    ),
  );
}

/**
 * @param {string} value
 * @returns {value is Audience}
 */
export function isAudience(value) {
  return /** @type {readonly string[]} */ (AUDIENCES).includes(value);
}

/**
 * The showcase route's segments back to filters; null for anything the rewrites would not have produced.
 * @param {{ category: string; page: string }} segments
 * @returns {ShopFilters | null}
 */
export function showcaseFilters({ category, page }) {
  const n = Number(page);
  if (!Number.isInteger(n) || n < 1 || n > SHOWCASE_PAGES || String(n) !== page) return null;
  if (category === ALL_CATEGORIES) return { page: n };
  return isProductCategory(category) ? { category, page: n } : null;
}
