import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { setBasketQuantity } from "@/lib/domain/order/set-basket-quantity";
import {
  createDistribution,
  createMarket,
  createParticipation,
  createProducerWithCatalog,
  createProduct,
  createUser,
} from "../../support/factories";
import { onRealPostgres } from "../../support/on-real-postgres";

const available = onRealPostgres("cabas_stock_race");

describe.skipIf(!available)("stock on PostgreSQL", () => {
  it("50 concurrent orders on 10 units sell exactly 10 and leave the stock at 0", async () => {
    const now = new Date("2026-06-01T10:00:00Z");
    const market = await createMarket();
    const distribution = await createDistribution(market, { now, inDays: 4 });
    const { catalog } = await createProducerWithCatalog();
    await db().catalogLink.create({ data: { catalogId: catalog.id, marketId: market.id } });
    await createParticipation(distribution.id, catalog.id);
    const product = await createProduct(catalog.id, { name: "Fougasse", priceCents: 380, stock: 10 });
    const actors = [];
    for (let i = 0; i < 50; i++) actors.push(await loadActor((await createUser()).id));
    const results = await Promise.allSettled(
      actors.map((actor) =>
        setBasketQuantity({
          actor,
          distributionId: distribution.id,
          productId: product.id,
          quantityText: "1",
          mode: "add",
          now,
        }),
      ),
    );
    const sold = await db().orderLine.aggregate({ where: { productId: product.id }, _sum: { quantity: true } });
    expect(sold._sum.quantity?.toString()).toBe("10");
    expect((await db().product.findUniqueOrThrow({ where: { id: product.id } })).stock?.toString()).toBe("0");
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    expect(
      results
        .filter((r) => r.status === "rejected")
        .every((r) => (r as PromiseRejectedResult).reason.code === "OUT_OF_STOCK"),
    ).toBe(true);
    const baskets = await db().order.findMany({
      where: { distributionId: distribution.id },
      select: { basketNumber: true },
    });
    expect(new Set(baskets.map((b) => b.basketNumber)).size).toBe(baskets.length);
  });
});
