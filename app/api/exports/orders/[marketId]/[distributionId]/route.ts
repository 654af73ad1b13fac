import { csvResponse, domainErrorResponse, routeActor } from "@/lib/actions/route-actor";
import { getDistributionDay } from "@/lib/domain/distribution-day/get-distribution-day";
import { distributionOrdersCsv } from "@/lib/domain/distribution-day/orders-csv";
import { getMessages } from "@/lib/i18n/server";

// GET /api/exports/orders/<marketId>/<distributionId> — one CSV line per order line, for the market's admins.
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ marketId: string; distributionId: string }> },
) {
  const actor = await routeActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const { marketId, distributionId } = await params;
  const { t } = await getMessages();
  try {
    const day = await getDistributionDay({ actor, marketId, distributionId, now: new Date() });
    return csvResponse(
      distributionOrdersCsv(day.baskets, t.admin.orders.csvHeader),
      `commandes-${day.distribution.pickupStartAt.toISOString().slice(0, 10)}.csv`,
    );
  } catch (error) {
    return domainErrorResponse(error);
  }
}
