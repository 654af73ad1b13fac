import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { recordOrderDebt } from "@/lib/domain/ledger/record-order-debt";
import { createMarket, createParticipation, createProduct, createProducerWithCatalog } from "./factories";

// A distribution whose pick-up has started, with `baskets` confirmed baskets of four lines each from three
// producers (a weighed squash among them), paid on the spot, every tenth booked on a slot: the size of a big
// market's day, written in bulk (one statement per table, the debts in one transaction).
export async function bigDistribution(baskets: number, now: Date) {
  const market = await createMarket();
  const hour = 3_600_000;
  const distribution = await db().distribution.create({
    data: {
      marketId: market.id,
      placeId: market.places[0].id,
      day: new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`),
      pickupStartAt: new Date(now.getTime() - hour),
      pickupEndAt: new Date(now.getTime() + hour),
      ordersOpenAt: new Date(now.getTime() - 10 * 24 * hour),
      ordersCloseAt: new Date(now.getTime() - 2 * hour),
      lastBasketNumber: baskets,
      slotsEnabled: true,
    },
  });
  const products: Awaited<ReturnType<typeof createProduct>>[] = [];
  for (const name of ["Ferme A", "Ferme B", "Ferme C"]) {
    const { catalog } = await createProducerWithCatalog(name);
    await createParticipation(distribution.id, catalog.id);
    products.push(await createProduct(catalog.id, { name: `Pain de ${name}`, priceCents: 420 }));
  }
  products.push(
    await createProduct(products[0].catalogId, { name: "Courge", priceCents: 290, unit: "KG", variableWeight: true }),
  );
  const run = randomUUID().slice(0, 8);
  const users = Array.from({ length: baskets }, (_, i) => ({
    id: `user-${run}-${i}`,
    email: `panier-${run}-${i}@example.test`,
    passwordHash: "not-a-real-hash",
    firstName: `Prénom${i}`,
    lastName: `Nom${String(i).padStart(4, "0")}`,
    phone: `06 00 00 ${String(i).padStart(4, "0")}`,
  }));
  await db().user.createMany({ data: users });
  await db().membership.createMany({ data: users.map((u) => ({ marketId: market.id, userId: u.id })) });
  const orders = users.map((u, i) => ({
    id: `order-${run}-${i}`,
    marketId: market.id,
    distributionId: distribution.id,
    userId: u.id,
    basketNumber: i + 1,
    paymentMethod: "ON_SITE" as const,
    confirmedAt: new Date(now.getTime() - 3 * hour),
  }));
  await db().order.createMany({ data: orders });
  await db().orderLine.createMany({
    data: orders.flatMap((o) =>
      products.map((p) => ({
        orderId: o.id,
        productId: p.id,
        quantity: p.variableWeight ? 1.5 : 1,
        heldQuantity: p.variableWeight ? 1.5 : 1,
        unitPriceCents: p.priceCents,
        vatRateBp: 550,
        productName: p.name,
      })),
    ),
  });
  const slot = await db().pickupSlot.create({
    data: { distributionId: distribution.id, startsAt: distribution.pickupStartAt, capacity: baskets },
  });
  await db().slotBooking.createMany({
    data: orders.filter((_, i) => i % 10 === 0).map((o) => ({ slotId: slot.id, orderId: o.id, userId: o.userId })),
  });
  await db().$transaction(
    async (tx) => {
      for (const o of orders) await recordOrderDebt(tx, o.id);
    },
    { timeout: 300_000 },
  );
  return { market, distribution, orderIds: orders.map((o) => o.id) };
}
