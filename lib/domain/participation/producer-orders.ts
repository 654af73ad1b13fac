import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { requireProducerUser, type Actor } from "../access/actor";
import { distributionState } from "../distribution/distribution-state";
import { DomainError } from "../errors";
import { confirmedBasket } from "../order/confirmed-basket";
import { effectiveQuantity } from "../order/line-total";
import { vatBreakdown } from "../order/vat-breakdown";

// What a producer must bring to one distribution: only the lines of its own products in confirmed baskets
// (a draft is not an order), summed by product (quantities in Decimal) and listed by basket, with the VAT per
// rate. Live while orders are open, final after close.
export async function getProducerOrders({
  actor,
  producerId,
  distributionId,
  now,
}: {
  actor: Actor;
  producerId: string;
  distributionId: string;
  now: Date;
}) {
  requireProducerUser(actor, producerId);
  const distribution = await db().distribution.findFirst({
    where: { id: distributionId, market: { catalogLinks: { some: { catalog: { producerId } } } } },
    select: {
      id: true,
      pickupStartAt: true,
      pickupEndAt: true,
      ordersOpenAt: true,
      ordersCloseAt: true,
      validatedAt: true,
      cancelledAt: true,
      market: { select: { name: true, timeZone: true } },
      place: { select: { name: true, city: true } },
    },
  });
  if (!distribution) throw new DomainError("NOT_FOUND");
  const lines = await db().orderLine.findMany({
    where: { order: { distributionId, ...confirmedBasket }, product: { catalog: { producerId } } },
    orderBy: [{ order: { basketNumber: "asc" } }, { productName: "asc" }],
    select: {
      productId: true,
      productName: true,
      quantity: true,
      deliveredQuantity: true,
      vatRateBp: true,
      totalCents: true,
      vatCents: true,
      netCents: true,
      product: { select: { unit: true, quantityPerUnit: true } },
      order: { select: { basketNumber: true, user: { select: { firstName: true, lastName: true } } } },
    },
  });
  const byProduct = new Map<string, { name: string; unit: string; quantity: Prisma.Decimal; totalCents: number }>();
  const byBasket = new Map<number, { name: string; items: { name: string; quantity: string }[]; totalCents: number }>();
  for (const l of lines) {
    const quantity = effectiveQuantity(l);
    const p = byProduct.get(l.productId) ?? {
      name: l.productName,
      unit: l.product.unit,
      quantity: new Prisma.Decimal(0),
      totalCents: 0,
    };
    p.quantity = p.quantity.add(quantity);
    p.totalCents += l.totalCents;
    byProduct.set(l.productId, p);
    const b = byBasket.get(l.order.basketNumber) ?? {
      name: `${l.order.user.lastName.toUpperCase()} ${l.order.user.firstName}`,
      items: [],
      totalCents: 0,
    };
    b.items.push({ name: l.productName, quantity: quantity.toString() });
    b.totalCents += l.totalCents;
    byBasket.set(l.order.basketNumber, b);
  }
  return {
    distribution: { ...distribution, state: distributionState(distribution, now) },
    byProduct: [...byProduct.values()]
      .map((p) => ({ ...p, quantity: p.quantity.toString() }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    byBasket: [...byBasket.entries()].map(([basketNumber, b]) => ({ basketNumber, ...b })),
    totalCents: [...byProduct.values()].reduce((s, p) => s + p.totalCents, 0),
    // The producer's sales per VAT rate, summed from the lines' stored VAT.
    vat: vatBreakdown(lines),
  };
}
