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

// PostgreSQL shows the race itself: 50 transactions at once on the product's row. The embedded database runs
// them one at a time, behind its one connection: there, all 50 must wait their turn and be answered.
describe("stock on the embedded database", () => {
  it("50 concurrent orders on 10 units sell exactly 10 and leave the stock at 0", fiftyOrdersOnTenUnits);
});

describe("stock on PostgreSQL", () => {
  const available = onRealPostgres("cabas_stock_race");
  it.skipIf(!available)(
    "50 concurrent orders on 10 units sell exactly 10 and leave the stock at 0",
    fiftyOrdersOnTenUnits,
  );
});

async function fiftyOrdersOnTenUnits() {
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
  // Every order is answered: 10 sold, 40 told the stock ran out (never « P2028 », a transaction that waited).
  const answers = results.map((r) => (r.status === "fulfilled" ? "sold" : (r.reason.code ?? String(r.reason))));
  expect(answers.filter((a) => a === "sold")).toHaveLength(10);
  expect(answers.filter((a) => a !== "sold")).toEqual(Array(40).fill("OUT_OF_STOCK"));
  const sold = await db().orderLine.aggregate({ where: { productId: product.id }, _sum: { quantity: true } });
  expect(sold._sum.quantity?.toString()).toBe("10");
  expect((await db().product.findUniqueOrThrow({ where: { id: product.id } })).stock?.toString()).toBe("0");
  const baskets = await db().order.findMany({
    where: { distributionId: distribution.id },
    select: { basketNumber: true },
  });
  expect(new Set(baskets.map((b) => b.basketNumber)).size).toBe(baskets.length);
}
