import { dfcExportResponse } from "@/lib/http/dfc-response";

// GET /api/dfc/enterprises/<producerId>/supplied_products/<productId> — one product, its catalog item and offer,
// under the same rights as the catalog it is in.
export async function GET(
  request: Request,
  { params }: { params: Promise<{ producerId: string; productId: string }> },
) {
  const { producerId, productId } = await params;
  return dfcExportResponse(request, { producerId, productId });
}
