import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";
import { confirmOrder } from "@/lib/domain/order/confirm-order";
import { getMyOrderOrThrow } from "@/lib/domain/order/get-my-order";
import { setBasketQuantity } from "@/lib/domain/order/set-basket-quantity";
import { getPersonalView } from "@/lib/domain/personal/get-personal-view";
import { getShopCatalog } from "@/lib/domain/shop/get-shop";
import {
  createDistribution,
  createMarket,
  createParticipation,
  createProducerWithCatalog,
  createProduct,
  createUser,
  postBalance,
} from "../../support/factories";

const now = new Date("2026-06-01T10:00:00Z");

async function saleWithProducts(market?: Awaited<ReturnType<typeof createMarket>>) {
  market ??= await createMarket({ paymentMethods: ["ON_SITE", "TRANSFER"] });
  const distribution = await createDistribution(market, { now, inDays: 4 });
  const { catalog } = await createProducerWithCatalog();
  await db().catalogLink.create({ data: { catalogId: catalog.id, marketId: market.id } });
  await createParticipation(distribution.id, catalog.id, "ACCEPTED");
  const almonds = await createProduct(catalog.id, {
    name: "Amandes avec peau",
    priceCents: 1485,
    unit: "KG",
    bulk: true,
    step: 0.1,
  });
  const bread = await createProduct(catalog.id, { name: "Baguette", priceCents: 130 });
  return { market, distribution, catalog, almonds, bread };
}

const shopper = async () => loadActor((await createUser({ phone: "06 00 00 00 00" })).id);
const balance = async (userId: string) =>
  (await db().ledgerEntry.aggregate({ where: { userId }, _sum: { amountCents: true } }))._sum.amountCents ?? 0;

describe("the shopper's basket", () => {
  it("orders 0,5 kg and 2 items, adds to an existing line, freezes prices and keeps the ledger equal to the total", async () => {
    const { market, distribution, almonds, bread } = await saleWithProducts();
    const actor = await shopper();
    const first = await setBasketQuantity({
      actor,
      distributionId: distribution.id,
      productId: almonds.id,
      quantityText: "0,5",
      mode: "add",
      now,
    });
    await setBasketQuantity({
      actor,
      distributionId: distribution.id,
      productId: bread.id,
      quantityText: "2",
      mode: "add",
      now,
    });
    await db().product.update({ where: { id: almonds.id }, data: { priceCents: 2000 } });
    await setBasketQuantity({
      actor,
      distributionId: distribution.id,
      productId: almonds.id,
      quantityText: "0.5",
      mode: "add",
      now,
    });

    const order = await getMyOrderOrThrow({ actor, orderId: first.orderId, now });
    expect(order.basketNumber).toBe(1);
    expect(order.lines.map((l) => [l.productName, l.quantity, l.unitPriceCents, l.totalCents])).toEqual([
      ["Amandes avec peau", "1", 1485, 1485],
      ["Baguette", "2", 130, 260],
    ]);
    expect(order.totalCents).toBe(1745);
    expect(await balance(actor.userId)).toBe(0); // a draft owes nothing
    expect(await db().membership.count({ where: { marketId: market.id, userId: actor.userId } })).toBe(1);

    await setBasketQuantity({
      actor,
      distributionId: distribution.id,
      productId: bread.id,
      quantityText: "0",
      mode: "set",
      now,
    });
    await confirmOrder({ actor, orderId: first.orderId, method: "ON_SITE", now });
    expect(await balance(actor.userId)).toBe(-1485); // confirmed: now an order, and a debt
    expect((await getMyOrderOrThrow({ actor, orderId: first.orderId, now })).paymentMethod).toBe("ON_SITE");
  });

  it("numbers baskets in order and never reuses a number", async () => {
    const { distribution, bread } = await saleWithProducts();
    const numbers = [];
    for (let i = 0; i < 3; i++) {
      const actor = await shopper();
      const { orderId } = await setBasketQuantity({
        actor,
        distributionId: distribution.id,
        productId: bread.id,
        quantityText: "1",
        mode: "add",
        now,
      });
      numbers.push((await db().order.findUniqueOrThrow({ where: { id: orderId } })).basketNumber);
      if (i === 2) await db().order.delete({ where: { id: orderId } });
    }
    const next = await setBasketQuantity({
      actor: await shopper(),
      distributionId: distribution.id,
      productId: bread.id,
      quantityText: "1",
      mode: "add",
      now,
    });
    expect([...numbers, (await db().order.findUniqueOrThrow({ where: { id: next.orderId } })).basketNumber]).toEqual([
      1, 2, 3, 4,
    ]);
  });

  it("refuses a closed sale, a product of another market or not accepted, bad quantities, and a blocked market — changing nothing", async () => {
    const { distribution, almonds, bread } = await saleWithProducts();
    const other = await saleWithProducts();
    const actor = await shopper();
    await setBasketQuantity({
      actor,
      distributionId: distribution.id,
      productId: bread.id,
      quantityText: "1",
      mode: "add",
      now,
    });
    const attempt = (productId: string, quantityText: string, at = now) =>
      setBasketQuantity({ actor, distributionId: distribution.id, productId, quantityText, mode: "add", now: at });
    await expect(attempt(other.bread.id, "1")).rejects.toEqual(new DomainError("PRODUCT_NOT_OFFERED", "quantity"));
    await expect(attempt(almonds.id, "0,25")).rejects.toEqual(new DomainError("QUANTITY_NOT_STEP", "quantity"));
    await expect(attempt(bread.id, "-2")).rejects.toEqual(new DomainError("QUANTITY_INVALID", "quantity"));
    await expect(attempt(bread.id, "1", distribution.ordersCloseAt)).rejects.toEqual(new DomainError("ORDER_CLOSED"));
    const unaccepted = await createProducerWithCatalog();
    await db().catalogLink.create({ data: { catalogId: unaccepted.catalog.id, marketId: distribution.marketId } });
    await createParticipation(distribution.id, unaccepted.catalog.id, "INVITED");
    const invitedProduct = await createProduct(unaccepted.catalog.id);
    await expect(attempt(invitedProduct.id, "1")).rejects.toEqual(new DomainError("PRODUCT_NOT_OFFERED", "quantity"));
    const lines = await db().orderLine.findMany({ where: { order: { userId: actor.userId } } });
    expect(lines.map((l) => [l.productId, l.quantity.toString()])).toEqual([[bread.id, "1"]]);

    for (let i = 1; i <= 5; i++) {
      const place = await db().place.create({
        data: { marketId: distribution.marketId, name: `P${i}`, address: "a", zipCode: "1", city: "c" },
      });
      await createDistribution(
        { id: distribution.marketId, timeZone: "Europe/Paris", places: [place] },
        { now, inDays: -i },
      );
    }
    await expect(attempt(bread.id, "1")).rejects.toEqual(new DomainError("MARKET_BLOCKED"));
  });

  it("asks for the phone a market requires before the first order", async () => {
    const market = await createMarket({ requirePhone: true });
    const { distribution, bread } = await saleWithProducts(market);
    const actor = await loadActor((await createUser()).id);
    await expect(
      setBasketQuantity({
        actor,
        distributionId: distribution.id,
        productId: bread.id,
        quantityText: "1",
        mode: "add",
        now,
      }),
    ).rejects.toEqual(new DomainError("PROFILE_INCOMPLETE"));
    expect(
      (await getPersonalView({ viewer: actor, distributionId: distribution.id, now })).shop?.missingFields,
    ).toEqual(["phone"]);
  });

  it("cuts a line to the stock left and tells the shopper; giving back returns stock", async () => {
    const { distribution, catalog } = await saleWithProducts();
    const eggs = await createProduct(catalog.id, { name: "Œufs", priceCents: 290, stock: 3 });
    const stockLeft = async () => (await db().product.findUniqueOrThrow({ where: { id: eggs.id } })).stock?.toString();
    const a = await shopper();
    const b = await shopper();
    expect(
      await setBasketQuantity({
        actor: a,
        distributionId: distribution.id,
        productId: eggs.id,
        quantityText: "2",
        mode: "add",
        now,
      }),
    ).toMatchObject({ cut: false, quantity: "2" });
    expect(await stockLeft()).toBe("1");
    expect(
      await setBasketQuantity({
        actor: b,
        distributionId: distribution.id,
        productId: eggs.id,
        quantityText: "5",
        mode: "add",
        now,
      }),
    ).toMatchObject({ cut: true, quantity: "1" });
    expect(await stockLeft()).toBe("0");
    await expect(
      setBasketQuantity({
        actor: a,
        distributionId: distribution.id,
        productId: eggs.id,
        quantityText: "1",
        mode: "add",
        now,
      }),
    ).resolves.toMatchObject({ cut: true, quantity: "2" });
    expect(await stockLeft()).toBe("0");
    await setBasketQuantity({
      actor: a,
      distributionId: distribution.id,
      productId: eggs.id,
      quantityText: "0",
      mode: "set",
      now,
    });
    expect(await stockLeft()).toBe("2");
  });

  it("never shows or changes another shopper's order", async () => {
    const { distribution, bread } = await saleWithProducts();
    const owner = await shopper();
    const intruder = await shopper();
    const { orderId } = await setBasketQuantity({
      actor: owner,
      distributionId: distribution.id,
      productId: bread.id,
      quantityText: "1",
      mode: "add",
      now,
    });
    await expect(getMyOrderOrThrow({ actor: intruder, orderId, now })).rejects.toEqual(new DomainError("NOT_FOUND"));
    await expect(confirmOrder({ actor: intruder, orderId, method: "ON_SITE", now })).rejects.toEqual(
      new DomainError("NOT_FOUND"),
    );
  });

  it("lists the shop a page at a time, all of it or one category", async () => {
    const { market, distribution, catalog } = await saleWithProducts();
    await db().product.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        catalogId: catalog.id,
        name: `Produit ${String(i).padStart(3, "0")}`,
        priceCents: 100 + i,
        category: i % 2 ? "GROCERY" : "BAKERY",
      })),
    });
    const shop = await getShopCatalog({ marketId: market.id, distributionId: distribution.id, page: 2 });
    expect(shop.total).toBe(122);
    expect(shop.pages).toBe(3);
    expect(shop.products).toHaveLength(48);
    expect(shop.categories).toEqual(["BAKERY", "GROCERY", "OTHER"]);
    const bakery = await getShopCatalog({
      marketId: market.id,
      distributionId: distribution.id,
      category: "BAKERY",
      page: 2,
    });
    expect(bakery.total).toBe(60);
    expect(bakery.products.map((p) => p.name).slice(0, 2)).toEqual(["Produit 096", "Produit 098"]);
    expect(bakery.categories).toEqual(shop.categories);
  });
});

describe("paying from the balance", () => {
  it("is accepted only when the member's credit covers the order", async () => {
    const market = await createMarket({ paymentMethods: ["BALANCE"] });
    const { distribution, bread } = await saleWithProducts(market);
    const actor = await shopper();
    const { orderId } = await setBasketQuantity({
      actor,
      distributionId: distribution.id,
      productId: bread.id,
      quantityText: "2",
      mode: "add",
      now,
    });
    await expect(confirmOrder({ actor, orderId, method: "BALANCE", now })).rejects.toEqual(
      new DomainError("BALANCE_TOO_LOW", "method"),
    );
    await postBalance(market.id, actor.userId, 500, "avoir");
    await confirmOrder({ actor, orderId, method: "BALANCE", now });
    expect((await db().order.findUniqueOrThrow({ where: { id: orderId } })).paymentMethod).toBe("BALANCE");
  });
});
