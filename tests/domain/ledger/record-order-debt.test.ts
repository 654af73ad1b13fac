import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { recordOrderDebt } from "@/lib/domain/ledger/record-order-debt";
import {
  createDistribution,
  createMarket,
  createProducerWithCatalog,
  createProduct,
  createConfirmedOrderFor,
  createUser,
  unbalancedTransactions,
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
    const entries = () =>
      db().ledgerEntry.findMany({ where: { orderId: order.id }, select: { account: true, amountCents: true } });

    // A draft owes nothing.
    expect(await db().$transaction((tx) => recordOrderDebt(tx, order.id))).toBe(0);
    expect(await entries()).toEqual([]);

    await db().order.update({ where: { id: order.id }, data: { confirmedAt: now, paymentMethod: "ON_SITE" } });
    expect(await db().$transaction((tx) => recordOrderDebt(tx, order.id))).toBe(-743);
    expect(await db().$transaction((tx) => recordOrderDebt(tx, order.id))).toBe(0);
    expect(await db().ledgerTransaction.count({ where: { orderId: order.id } })).toBe(1);
    expect(await entries()).toEqual(
      expect.arrayContaining([
        { account: "SHOPPER", amountCents: -743 },
        { account: "PRODUCER", amountCents: 743 },
      ]),
    );

    await db().orderLine.update({ where: { id: order.lines[0].id }, data: { deliveredQuantity: 0.42 } });
    expect(await db().$transaction((tx) => recordOrderDebt(tx, order.id, { label: "pesée" }))).toBe(743 - 624);
    const byAccount = (await entries()).reduce<Record<string, number>>(
      (sums, e) => ({ ...sums, [e.account]: (sums[e.account] ?? 0) + e.amountCents }),
      {},
    );
    expect(byAccount).toEqual({ SHOPPER: -624, PRODUCER: 624 });
    expect(await unbalancedTransactions()).toEqual([]);
  });

  it("owes each producer its own lines", async () => {
    const now = new Date("2026-04-01T10:00:00Z");
    const market = await createMarket();
    const distribution = await createDistribution(market, { now, inDays: 3 });
    const { user, order } = await createConfirmedOrderFor(distribution);
    const other = await createProducerWithCatalog();
    const honey = await createProduct(other.catalog.id, { priceCents: 900 });
    await db().orderLine.create({
      data: {
        orderId: order.id,
        productId: honey.id,
        quantity: 2,
        unitPriceCents: 900,
        vatRateBp: 550,
        productName: "Miel",
      },
    });
    expect(await db().$transaction((tx) => recordOrderDebt(tx, order.id))).toBe(-1800);
    const owed = await db().ledgerEntry.groupBy({
      by: ["producerId"],
      where: { orderId: order.id, account: "PRODUCER" },
      _sum: { amountCents: true },
    });
    expect(owed.find((o) => o.producerId === other.producer.id)?._sum.amountCents).toBe(1800);
    expect(owed.reduce((s, o) => s + (o._sum.amountCents ?? 0), 0)).toBe(300 + 1800);
    expect(
      (
        await db().ledgerEntry.aggregate({
          where: { userId: user.id, account: "SHOPPER" },
          _sum: { amountCents: true },
        })
      )._sum.amountCents,
    ).toBe(-2100);
  });

  it("stores each line's total, VAT and net by the rule (VAT = total × rate / (1 + rate), half up)", async () => {
    const now = new Date("2026-04-01T10:00:00Z");
    const market = await createMarket();
    const distribution = await createDistribution(market, { now, inDays: 3 });
    const { order } = await createConfirmedOrderFor(distribution);
    const { catalog } = await createProducerWithCatalog();
    const cases = [
      { quantity: "0.5", price: 1485, rate: 550, total: 743, vat: 39 }, // 7,425 → 7,43 ; 743 × 5,5/105,5 = 38,73
      { quantity: "3", price: 1000, rate: 2000, total: 3000, vat: 500 },
      { quantity: "1", price: 211, rate: 550, total: 211, vat: 11 }, // 10,99…
      { quantity: "0.333", price: 1000, rate: 2000, total: 333, vat: 56 }, // 55,5 → 56
    ];
    for (const c of cases) {
      const product = await createProduct(catalog.id, { priceCents: c.price, bulk: true, unit: "KG" });
      const line = await db().orderLine.create({
        data: {
          orderId: order.id,
          productId: product.id,
          quantity: c.quantity,
          unitPriceCents: c.price,
          vatRateBp: c.rate,
          productName: "x",
        },
      });
      expect(line).toMatchObject({ totalCents: c.total, vatCents: c.vat, netCents: c.total - c.vat });
    }
  });
});
