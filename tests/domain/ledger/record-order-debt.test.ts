import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { recordOrderDebt } from "@/lib/domain/ledger/record-order-debt";
import {
  createDistribution,
  createMarket,
  createProducerWithCatalog,
  createProduct,
  createUser,
} from "../../support/factories";

describe("recordOrderDebt", () => {
  it("keeps the order's ORDER entries equal to minus its current total, writing only differences", async () => {
    const now = new Date("2026-04-01T10:00:00Z");
    const market = await createMarket();
    const distribution = await createDistribution(market, { now, inDays: 3 });
    const shopper = await createUser();
    const { catalog } = await createProducerWithCatalog();
    const almonds = await createProduct(catalog.id, { priceCents: 1485, bulk: true, unit: "KG", step: 0.1 });
    const order = await db().order.create({
      data: {
        marketId: market.id,
        distributionId: distribution.id,
        userId: shopper.id,
        basketNumber: 1,
        lines: {
          create: [
            { productId: almonds.id, quantity: 0.5, unitPriceCents: 1485, vatRateBp: 550, productName: "Amandes" },
          ],
        },
      },
      include: { lines: true },
    });
    const sum = async () =>
      (await db().ledgerEntry.aggregate({ where: { orderId: order.id }, _sum: { amountCents: true } }))._sum
        .amountCents;

    expect(await db().$transaction((tx) => recordOrderDebt(tx, order.id))).toBe(-743);
    expect(await db().$transaction((tx) => recordOrderDebt(tx, order.id))).toBe(0);
    expect(await db().ledgerEntry.count({ where: { orderId: order.id } })).toBe(1);

    await db().orderLine.update({ where: { id: order.lines[0].id }, data: { deliveredQuantity: 0.42 } });
    expect(await db().$transaction((tx) => recordOrderDebt(tx, order.id, { label: "pesée" }))).toBe(743 - 624);
    expect(await sum()).toBe(-624);
  });
});
