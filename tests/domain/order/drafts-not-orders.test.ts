import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getDistributionDay } from "@/lib/domain/distribution-day/get-distribution-day";
import { distributionOrdersCsv } from "@/lib/domain/distribution-day/orders-csv";
import { summarizeOrders } from "@/lib/domain/distribution-day/summarize-orders";
import { getAdminMarketOrThrow } from "@/lib/domain/market-admin/get-admin-market";
import { getProducerOrders } from "@/lib/domain/participation/producer-orders";
import { producerOrdersCsv } from "@/lib/domain/participation/producer-orders-csv";
import { openSale, SALE_NOW, type Sale, shopperWithBasket } from "../../support/sale";

// A basket counts once confirmed: one sale with a confirmed basket (2 loaves, Varda) and a draft (5 loaves,
// Brouillon). Each list, count and export of orders must show the first and never the second. (The producers'
// e-mail at close, the 24 h reminder, the « ordered » message lists and slot bookings: their own test files.)
let sale: Sale;
let confirmed: { basketNumber: number };

beforeAll(async () => {
  sale = await openSale();
  const bread = await sale.product({ name: "Pain de campagne", priceCents: 400 });
  const varda = await shopperWithBasket(sale, bread.id, "2", { confirm: true, user: { lastName: "Varda" } });
  await shopperWithBasket(sale, bread.id, "5", { user: { lastName: "Brouillon" } });
  confirmed = await db().order.findUniqueOrThrow({ where: { id: varda.orderId }, select: { basketNumber: true } });
});

describe("a draft is in no list of orders", () => {
  it("the producer's orders page and its CSV", async () => {
    const orders = await getProducerOrders({
      actor: sale.farmer,
      producerId: sale.producer.id,
      distributionId: sale.distribution.id,
      now: SALE_NOW,
    });
    expect(orders.byBasket.map((b) => [b.basketNumber, b.name])).toEqual([[confirmed.basketNumber, "VARDA Camille"]]);
    expect(orders.byProduct.map((p) => [p.name, p.quantity])).toEqual([["Pain de campagne", "2"]]);
    expect(orders.totalCents).toBe(800);
    const csv = producerOrdersCsv(orders, {
      header: ["n", "nom", "produit", "qté", "montant", "taux", "ht", "tva"],
      total: "total",
      vatTotal: "par taux",
    });
    expect(csv).toContain("VARDA Camille");
    expect(csv).not.toContain("BROUILLON");
  });

  it("the admin's day list, its summary by product and producer, and the orders CSV", async () => {
    const day = await getDistributionDay({
      actor: sale.admin,
      marketId: sale.market.id,
      distributionId: sale.distribution.id,
      now: SALE_NOW,
    });
    expect(day.baskets.map((b) => b.user.lastName)).toEqual(["Varda"]);
    const summary = summarizeOrders(day.baskets);
    expect(summary.byProduct.map((p) => [p.name, p.quantity])).toEqual([["Pain de campagne", "2"]]);
    expect(summary.totalCents).toBe(800);
    const csv = distributionOrdersCsv(day.baskets, [
      "n",
      "nom",
      "prénom",
      "tél",
      "producteur",
      "produit",
      "q",
      "pu",
      "t",
    ]);
    expect(csv).toContain("Varda");
    expect(csv).not.toContain("Brouillon");
  });

  it("the number of orders on the admin's list of distributions", async () => {
    const market = await getAdminMarketOrThrow({ actor: sale.admin, marketId: sale.market.id, now: SALE_NOW });
    expect(market.distributions.find((d) => d.id === sale.distribution.id)?._count.orders).toBe(1);
  });
});
