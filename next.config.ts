import type { NextConfig } from "next";
import { commonSecurityHeaders, contentSecurityPolicy, OUTSIDE_SIGNED_IN_SPACES } from "./lib/security-headers";
import { showcaseRewrites } from "./lib/shop-showcase";

const production = process.env.NODE_ENV === "production";
const dev = process.env.NODE_ENV === "development";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next hashes every HTML response in JavaScript to make its ETag: a tenth of the CPU of serving a cached
  // shop page (measured with bench:shop), for a 304 that a page rendered per request never earns.
  generateEtags: false,
  allowedDevOrigins: ["127.0.0.1"],
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "@node-rs/argon2", "pg", "sharp"],
  experimental: {
    // Two root layouts (the site and the shop showcase): unknown addresses get app/global-not-found.tsx.
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
      // The shop's address answers visitors and members from different cached copies (searches live): no shared
      // cache (CDN, proxy) may keep one copy of it for everybody.
      {
        source: "/m/:slug/distributions/:distributionId",
        headers: [{ key: "Cache-Control", value: "private, no-cache" }],
      },
    ];
  },
  async rewrites() {
    return { beforeFiles: showcaseRewrites(), afterFiles: [], fallback: [] };
  },
};

export default nextConfig;
