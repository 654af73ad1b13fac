// The language lives in the address: French pages are unprefixed, English ones under /en (README, Architecture).
// Every page is rendered by one route, app/[locale]/…, whose root layout reads the language from its `locale`
// parameter, so a public page is the same for everyone who asks for its address and Next can serve it from its
// cache. These are next.config.mjs's rules for that, none of them a rewrite that depends on who asks.
// JavaScript with relative imports only: next.config.mjs imports it, and Node runs it as it is.
import { LOCALE_COOKIE } from "./locales.js";

/** @typedef {{ type: "cookie" | "header" | "query"; key: string; value?: string }} Condition */
/** @typedef {{ source: string; destination: string; has?: Condition[]; missing?: Condition[] }} Rewrite */
/** @typedef {Rewrite & { permanent: boolean }} Redirect */

// Addresses that are not pages: route handlers, Next's own files, images, the favicon, and the installable day
// screen's files in public/ (its service worker, web manifest and home-screen icons).
const NOT_PAGES =
  "api/|_next/|images/|favicon\\.ico$|icon(?:[.-]|$)|apple-icon|icons/|sw\\.js$|manifest\\.webmanifest$";
// A French page's address: anything but the above and the English ones (the root is matched apart).
const FRENCH_PAGE = `/:path((?!en(?:/|$)|fr(?:/|$)|${NOT_PAGES}).+)`;

// The unprefixed addresses are the French pages: Next finds them under app/[locale] with `locale` = "fr". A
// rewrite of the path alone: the same address always reaches the same page.
/** @returns {Rewrite[]} */
export function localeRewrites() {
  return [
    { source: "/", destination: "/fr" },
    { source: FRENCH_PAGE, destination: "/fr/:path" },
  ];
}

// A navigation carries no content-type; a form post or a server action does, and must reach the address it was
// sent to (a redirect would turn it into a GET).
/** @type {Condition} */
const NOT_A_POST = { type: "header", key: "content-type" };

// The language as it used to be read (the chosen one, kept in a cookie, else the first supported one the
// browser asks for): a French address asked for by someone who reads English sends them to the English page.
/** @param {string} tag */
const firstAccepted = (tag) => `(?:\\s*(?!\\s|[Ff][Rr]|[Ee][Nn])[^,]*,)*\\s*${tag}.*`;
/** @type {Condition[][]} */
const READS_ENGLISH = [
  [{ type: "cookie", key: LOCALE_COOKIE, value: "en" }],
  [{ type: "header", key: "accept-language", value: firstAccepted("[Ee][Nn]") }],
];

/** @returns {Redirect[]} */
export function localeRedirects() {
  return [
    // One address per page: /fr/… is the unprefixed one.
    { source: "/fr", destination: "/", permanent: true },
    { source: "/fr/:path*", destination: "/:path*", permanent: true },
    ...READS_ENGLISH.flatMap((has, i) =>
      [
        { source: "/", destination: "/en" },
        { source: FRENCH_PAGE, destination: "/en/:path" },
      ].map((rule) => ({
        ...rule,
        has,
        // The browser's languages count only until a language is chosen.
        missing: i === 0 ? [NOT_A_POST] : [NOT_A_POST, { type: /** @type {const} */ ("cookie"), key: LOCALE_COOKIE }],
        permanent: false,
      })),
    ),
  ];
}
