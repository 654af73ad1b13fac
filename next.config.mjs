import { fileURLToPath } from "node:url";
import { commonSecurityHeaders, contentSecurityPolicy, OUTSIDE_SIGNED_IN_SPACES } from "./lib/security-headers.js";
import { localeRedirects, localeRewrites } from "./lib/i18n/routes.js";

const production = process.env.NODE_ENV === "production";
const dev = process.env.NODE_ENV === "development";

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Next hashes every HTML response in JavaScript to make its ETag: a tenth of the CPU of serving a cached
  // shop page (measured with bench:shop), for a 304 that a page rendered per request never earns.
  generateEtags: false,
  allowedDevOrigins: ["127.0.0.1"],
  // Whole public pages and their data reads are kept in this process's memory, bounded, 404s never
  // (lib/cache-handler.js, README Performance); nothing is written to .next on the way.
  cacheHandler: fileURLToPath(new URL("./lib/cache-handler.js", import.meta.url)),
  cacheMaxMemorySize: 0,
  // Loaded from node_modules at run time, not bundled: native or WASM parts, and pino's worker files, which a
  // bundle loses.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "@node-rs/argon2",
    "pg",
    "pino",
    "sharp",
  ],
  // Read from node_modules when a PDF is drawn (lib/pdf/fonts.ts), through a path rather than an import: a
  // deployment that ships only traced files (Vercel) must have them, whether or not the bundler's analysis of
  // that path finds them (Turbopack's does today, and takes the whole folder).
  outputFileTracingIncludes: {
    "/**/emargement/pdf": ["./node_modules/@fontsource/dejavu-sans/files/dejavu-sans-latin-{400,700}-normal.woff"],
    "/**/affiche": ["./node_modules/@fontsource/dejavu-sans/files/dejavu-sans-latin-{400,700}-normal.woff"],
    "/api/invoices/*": ["./node_modules/@fontsource/dejavu-sans/files/dejavu-sans-latin-{400,700}-normal.woff"],
    "/api/cron/*": ["./node_modules/@fontsource/dejavu-sans/files/dejavu-sans-latin-{400,700}-normal.woff"],
    "/api/receipts/*": ["./node_modules/@fontsource/dejavu-sans/files/dejavu-sans-latin-{400,700}-normal.woff"],
    "/api/statements/producer/*/pdf": [
      "./node_modules/@fontsource/dejavu-sans/files/dejavu-sans-latin-{400,700}-normal.woff",
    ],
  },
  experimental: {
    // The root layout is app/[locale]/layout.tsx, under a parameter: addresses that match no page get
    // app/global-not-found.tsx.
    globalNotFound: true,
    serverActions: { bodySizeLimit: "6mb" },
    isrFlushToDisk: false,
    // The stylesheet linked, not inlined: inlined, it came twice in every page (the <style> and the router's data),
    // 77 kB of a home page's 100 kB, most of what the server writes per cached page; linked, it is 38 kB once, kept
    // by the browser and precached by the service worker, and Lighthouse scores the pages as before (README,
    // Performance).
    inlineCss: false,
  },
  async headers() {
    return [
      { source: "/:path*", headers: commonSecurityHeaders({ production }) },
      // Public pages are rendered once and served from the cache, so their policy is fixed (no nonce) and set
      // here rather than by proxy.ts, which must not run on them (README, Performance); proxy.ts sets the
      // signed-in spaces' own.
      {
        source: OUTSIDE_SIGNED_IN_SPACES,
        headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy({ dev }) }],
      },
      // The public pages are the same for everybody who asks for their address, but an unprefixed address sends
      // readers of English to /en (lib/i18n/routes.js): no shared cache (CDN, proxy) may answer for it. Next
      // keeps them (lib/cache-handler.js).
      ...[
        "/",
        "/en",
        "/m/:path*",
        "/en/m/:path*",
        "/producteurs/:path*",
        "/en/producteurs/:path*",
        "/catalogues/:number",
        "/en/catalogues/:number",
        "/aide/:path*",
        "/en/aide/:path*",
      ].map((source) => ({
        source,
        headers: [{ key: "Cache-Control", value: "private, no-cache" }],
      })),
    ];
  },
  async redirects() {
    return [
      // A shop's category and page are part of its address now; the query of an older link (or of a bookmark) is
      // read by its search page, which sends a query without a name search on to the cached page's address.
      ...["", "/en"].flatMap((prefix) =>
        ["categorie", "page", "q"].map((key) => ({
          source: `${prefix}/m/:slug/distributions/:distributionId`,
          has: [{ type: /** @type {const} */ ("query"), key }],
          destination: `${prefix}/m/:slug/distributions/:distributionId/recherche`,
          permanent: true,
        })),
      ),
      ...["", "/en"].flatMap((prefix) => [
        // The home page is the same for everybody (cached); its market search has its own page. An older link's
        // query goes there.
        {
          source: prefix || "/",
          has: [{ type: /** @type {const} */ ("query"), key: "q" }],
          destination: `${prefix}/recherche`,
          permanent: true,
        },
        // A catalog's shortcut link (…?cle=…) links it at once, from the page that offers to link it; the
        // catalog's page itself is the same for everybody (cached).
        {
          source: `${prefix}/catalogues/:number`,
          has: [{ type: /** @type {const} */ ("query"), key: "cle" }],
          destination: `${prefix}/catalogues/:number/relier`,
          permanent: false,
        },
      ]),
      ...localeRedirects(),
    ];
  },
  async rewrites() {
    return {
      beforeFiles: [
        // One address for an e-mail's unsubscribe link (List-Unsubscribe and the footer): a GET shows the page
        // that asks for confirmation, a POST (always form-encoded, RFC 8058) goes to the route that unsubscribes.
        ...["/desabonnement/:token", "/en/desabonnement/:token"].map((source) => ({
          source,
          has: [{ type: /** @type {const} */ ("header"), key: "content-type" }],
          destination: "/api/unsubscribe/:token",
        })),
        ...localeRewrites(),
      ],
      afterFiles: [],
      fallback: [],
    };
  },
};

export default nextConfig;
