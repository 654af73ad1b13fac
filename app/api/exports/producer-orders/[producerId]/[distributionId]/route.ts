import { csvResponse, domainErrorResponse, routeActor } from "@/lib/actions/route-actor";
import { getProducerOrders } from "@/lib/domain/participation/producer-orders";
import { producerOrdersCsv } from "@/lib/domain/participation/producer-orders-csv";
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
  const v = t.money.vat;
  try {
    const orders = await getProducerOrders({ actor, producerId, distributionId, now: new Date() });
    return csvResponse(
      producerOrdersCsv(orders, {
        header: [o.basket, t.admin.orders.member, o.product, o.quantity, o.amount, v.rateColumn, v.net, v.vat],
        total: o.total,
        vatTotal: v.byRate,
      }),
      "commandes.csv",
    );
  } catch (error) {
    return domainErrorResponse(error);
  }
}
