import { csvResponse, domainErrorResponse, routeActor } from "@/lib/actions/route-actor";
import { exportCatalogCsv } from "@/lib/domain/catalog/product-csv";

// GET /api/exports/catalog/<catalogId> — the catalog's products as CSV, for its producer's users.
export async function GET(_request: Request, { params }: { params: Promise<{ catalogId: string }> }) {
  const actor = await routeActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  try {
    const { csv } = await exportCatalogCsv({ actor, catalogId: (await params).catalogId });
    return csvResponse(csv, "produits.csv");
  } catch (error) {
    return domainErrorResponse(error);
  }
}
