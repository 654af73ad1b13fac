/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  allowedDevOrigins: ["127.0.0.1"],
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "@node-rs/argon2", "pg", "sharp"],
  experimental: {
    // Two root layouts (the site and the shop showcase): unknown addresses get app/global-not-found.tsx.
    globalNotFound: true,
    serverActions: { bodySizeLimit: "6mb" },
  },
};

export default nextConfig;
