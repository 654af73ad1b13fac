import { publicApiGet, publicApiPreflight } from "@/lib/api/public-api";
import { distributionsView } from "@/lib/api/v1/views";
import { publicMarket } from "@/lib/public-cache";

// GET /api/v1/markets/<slug>/distributions — the market page's upcoming distributions and their producers.
export function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return publicApiGet(request, async () => distributionsView(await publicMarket((await params).slug, new Date())));
}

export const OPTIONS = publicApiPreflight;
export const dynamic = "force-dynamic";
