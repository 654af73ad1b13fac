import { csvResponse, domainErrorResponse, routeActor } from "@/lib/actions/route-actor";
import { csvEuros, toCsv } from "@/lib/csv";
import { getDistributionDay } from "@/lib/domain/distribution-day/get-distribution-day";
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
    const rows = day.baskets.flatMap((b) =>
      b.lines.map((l) => [
        b.basketNumber,
        b.user.lastName,
        b.user.firstName,
        b.user.phone,
        l.producer,
        l.productName,
        (l.deliveredQuantity ?? l.quantity).replace(".", ","),
        csvEuros(l.unitPriceCents),
        csvEuros(l.totalCents),
      ]),
    );
    return csvResponse(
      toCsv([t.admin.orders.csvHeader, ...rows]),
      `commandes-${day.distribution.pickupStartAt.toISOString().slice(0, 10)}.csv`,
    );
  } catch (error) {
    return domainErrorResponse(error);
  }
}
