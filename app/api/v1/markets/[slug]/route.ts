import { publicApiGet, publicApiPreflight } from "@/lib/api/public-api";
import { marketView } from "@/lib/api/v1/views";
import { publicMarket } from "@/lib/public-cache";

// GET /api/v1/markets/<slug> — a market's public page, as data (lib/api/v1/openapi.ts).
export function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return publicApiGet(request, async () => marketView(await publicMarket((await params).slug, new Date())));
}

export const OPTIONS = publicApiPreflight;
export const dynamic = "force-dynamic";
