// GET /api/health — liveness for load balancers, and the trivial reference route of `npm run bench`.
export function GET() {
  return new Response("ok", { headers: { "Cache-Control": "no-store" } });
}

export const dynamic = "force-dynamic";
