import { csvResponse, domainErrorResponse, routeActor } from "@/lib/actions/route-actor";
import { csvEuros, toCsv } from "@/lib/csv";
import { getProducerOrders } from "@/lib/domain/participation/producer-orders";
import { getMessages } from "@/lib/i18n/server";

// GET /api/exports/producer-orders/<producerId>/<distributionId> — the producer's orders as CSV, by basket.
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ producerId: string; distributionId: string }> },
) {
  const actor = await routeActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const { producerId, distributionId } = await params;
  const { t } = await getMessages();
  const o = t.producer.orders;
  try {
    const orders = await getProducerOrders({ actor, producerId, distributionId, now: new Date() });
    const rows = orders.byBasket.flatMap((b) =>
      b.items.map((i) => [b.basketNumber, b.name, i.name, i.quantity.replace(".", ",")]),
    );
    const totals = orders.byProduct.map((p) => [
      "",
      o.total,
      p.name,
      p.quantity.replace(".", ","),
      csvEuros(p.totalCents),
    ]);
    return csvResponse(
      toCsv([[o.basket, t.admin.orders.member, o.product, o.quantity, o.amount], ...rows, ...totals]),
      "commandes.csv",
    );
  } catch (error) {
    return domainErrorResponse(error);
  }
}
