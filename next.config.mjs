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
  experimental: {
    // The root layout is app/[locale]/layout.tsx, under a parameter: addresses that match no page get
    // app/global-not-found.tsx.
    globalNotFound: true,
    serverActions: { bodySizeLimit: "6mb" },
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
    ];
  },
  async redirects() {
    return localeRedirects();
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
