import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { distributionState } from "../distribution/distribution-state";
import { quantityUnitOf } from "../product/quantity-unit";
import { DomainError } from "../errors";
import { orderMoney } from "../payment/order-money";
import { lineReleased, readStockCuts } from "./basket-stock";
import { effectiveQuantity } from "./line-total";
import { vatBreakdown } from "./vat-breakdown";

// One of the shopper's own orders: scoped by owner, so another shopper's id is simply not found.
export async function getMyOrderOrThrow({ actor, orderId, now }: { actor: Actor; orderId: string; now: Date }) {
  const order = await db().order.findFirst({
    where: { id: orderId, userId: actor.userId },
    select: {
      id: true,
      basketNumber: true,
      paymentMethod: true,
      confirmedAt: true,
      validatedAt: true,
      stockCuts: true,
      market: {
        select: {
          slug: true,
          name: true,
          timeZone: true,
          paymentMethods: true,
          transferIban: true,
          deliveryHelpEnabled: true,
        },
      },
      distribution: {
        select: {
          id: true,
          name: true,
          note: true,
          ordersOpenAt: true,
          ordersCloseAt: true,
          pickupStartAt: true,
          pickupEndAt: true,
          validatedAt: true,
          cancelledAt: true,
          slotsEnabled: true,
          place: { select: { name: true, address: true, zipCode: true, city: true } },
        },
      },
      lines: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          productId: true,
          productName: true,
          quantity: true,
          heldQuantity: true,
          deliveredQuantity: true,
          unitPriceCents: true,
          vatRateBp: true,
          totalCents: true,
          vatCents: true,
          netCents: true,
          product: { select: { unit: true, quantityPerUnit: true, bulk: true, variableWeight: true, stock: true } },
        },
      },
    },
  });
  if (!order) throw new DomainError("NOT_FOUND");
  const money = await orderMoney(db(), order.id);
  return {
    ...order,
    state: distributionState(order.distribution, now),
    stockCuts: readStockCuts(order.stockCuts),
    lines: order.lines.map((l) => ({
      ...l,
      quantity: effectiveQuantity(l).toString(),
      unit: quantityUnitOf(l.product),
      released: lineReleased(order, l),
    })),
    vat: vatBreakdown(order.lines),
    totalCents: money.totalCents,
    paidCents: money.netPaidCents,
    // What an online payer still owes after raising the order (paid at the maximum weight of weighed items).
    dueOnlineCents: Math.max(0, money.onlineChargeCents - money.netPaidCents),
    refundedToCardCents: money.refunds.filter((r) => r.destination === "CARD").reduce((s, r) => s + r.amountCents, 0),
  };
}
