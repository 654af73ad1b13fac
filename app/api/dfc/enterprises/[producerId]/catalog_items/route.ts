import { dfcExportResponse } from "@/lib/http/dfc-response";

// GET /api/dfc/enterprises/<producerId>/catalog_items[?catalog=<catalogId>] — the producer's catalogs in DFC 1.16
// JSON-LD: the public ones, or all of them with one of its API keys (lib/domain/dfc/dfc-export.ts).
export async function GET(request: Request, { params }: { params: Promise<{ producerId: string }> }) {
  return dfcExportResponse(request, { producerId: (await params).producerId });
}
