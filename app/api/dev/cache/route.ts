import { expirePublicPages } from "@/lib/public-cache";

// /api/dev/cache, for the end-to-end tests only: it exists when CACHE_STATS_ROUTE=1, which playwright.config.ts
// sets for its own `next start`; anywhere else it is a 404.
const enabled = () => process.env.CACHE_STATS_ROUTE === "1";

// GET: what lib/cache-handler.js holds (entries, bytes), for tests/e2e/performance.
export async function GET() {
  const stats = (globalThis as Record<symbol, unknown>)[Symbol.for("cabas.cache-stats")];
  if (!enabled() || typeof stats !== "function") return new Response(null, { status: 404 });
  return Response.json(stats(), { headers: { "Cache-Control": "no-store" } });
}

// DELETE: forget every cached public page. The specs write to the database behind the app's back
// (tests/e2e/support/db.ts), where the app's own writes drop what they change (lib/public-cache.ts).
export async function DELETE() {
  if (!enabled()) return new Response(null, { status: 404 });
  expirePublicPages();
  return new Response(null, { status: 204 });
}

export const dynamic = "force-dynamic";
