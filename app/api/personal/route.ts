import { cookies } from "next/headers";
import { z } from "zod";
import { currentSession } from "@/lib/auth/current-user";
import { SIGNED_IN_HINT, SIGNED_IN_HINT_OPTIONS } from "@/lib/auth/signed-in-hint";
import { getPersonalView } from "@/lib/domain/personal/get-personal-view";
import { SHOP_PAGE_SIZE } from "@/lib/domain/shop/get-shop";
import { storableText } from "@/lib/validation/text";

const text = (max: number) => z.string().max(max).transform(storableText);
const query = z.object({
  market: text(80).optional(),
  // The home page: the person's markets.
  markets: z.literal("1").optional(),
  distribution: text(128).optional(),
  // The page's products whose stock is managed, comma-separated.
  stock: text(SHOP_PAGE_SIZE * 129)
    .optional()
    .transform((ids) => (ids ? ids.split(",").slice(0, SHOP_PAGE_SIZE) : [])),
});

// GET /api/personal?market=<slug> | ?markets=1 | ?distribution=<id>&stock=<ids> — a public page's personal view, as data
// (lib/domain/personal/get-personal-view.ts), asked for once the page is in the browser and drawn there
// (components/personal): whoever the session cookie says is signed in gets their own, a visitor only the stock
// left. A route handler rather than a server action: it costs the server about half as much per page view.
export async function GET(request: Request) {
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  const asked = parsed.success ? parsed.data : { stock: [] };
  const view = await getPersonalView({
    viewer: await currentSession(),
    marketSlug: asked.market,
    myMarkets: asked.markets === "1",
    distributionId: asked.distribution,
    stockOf: asked.stock,
    now: new Date(),
  });
  const jar = await cookies();
  if (view.account && !jar.has(SIGNED_IN_HINT)) jar.set(SIGNED_IN_HINT, "1", SIGNED_IN_HINT_OPTIONS);
  if (!view.account && jar.has(SIGNED_IN_HINT)) jar.delete(SIGNED_IN_HINT);
  return Response.json(view, { headers: { "Cache-Control": "private, no-store" } });
}

export const dynamic = "force-dynamic";
