import { publicApiGet, publicApiPreflight } from "@/lib/api/public-api";
import { openApiDocument } from "@/lib/api/v1/openapi";
import { appUrl } from "@/lib/env";

// GET /api/v1/openapi.json — the API's description (lib/api/v1/openapi.ts), counted against the same limit.
export function GET(request: Request) {
  return publicApiGet(request, async () => openApiDocument(appUrl()));
}

export const OPTIONS = publicApiPreflight;
export const dynamic = "force-dynamic";
