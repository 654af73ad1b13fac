import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getDistributionDay } from "@/lib/domain/distribution-day/get-distribution-day";
import { summarizeOrders } from "@/lib/domain/distribution-day/summarize-orders";
import { confirmOrder } from "@/lib/domain/order/confirm-order";
import { getMyOrderOrThrow } from "@/lib/domain/order/get-my-order";
import type { VatBreakdown } from "@/lib/domain/order/vat-breakdown";
import { getProducerOrders } from "@/lib/domain/participation/producer-orders";
import { addToBasket, openSale, SALE_NOW, type Sale, shopperWithBasket } from "../../support/sale";

// One product at each rate a producer may sell at, bought by two confirmed baskets and a draft. Every page that
// shows VAT must show, rate by rate, the sums of the columns PostgreSQL stores on the lines.
const PRODUCTS = [
  { vatRateBp: 0, priceCents: 1000, quantity: "3" },
  { vatRateBp: 210, priceCents: 1485, quantity: "0.5", bulk: true },
  { vatRateBp: 550, priceCents: 525, quantity: "2" },
  { vatRateBp: 1000, priceCents: 1100, quantity: "1" },
  // 3 c at 20 %: 0,5 c of VAT, rounded up on each line.
  { vatRateBp: 2000, priceCents: 3, quantity: "1" },
];

let sale: Sale;
let first: Awaited<ReturnType<typeof shopperWithBasket>>;

beforeAll(async () => {
  sale = await openSale();
  const products = [];
  for (const p of PRODUCTS) {
    products.push(
      await sale.product({
        name: `Produit ${p.vatRateBp}`,
        vatRateBp: p.vatRateBp,
        priceCents: p.priceCents,
        bulk: p.bulk,
      }),
    );
  }
  first = await shopperWithBasket(sale, products[0].id, PRODUCTS[0].quantity, { confirm: false });
  for (let i = 1; i < products.length; i++) await addToBasket(first.actor, sale, products[i].id, PRODUCTS[i].quantity);
  await confirmOrder({ actor: first.actor, orderId: first.orderId, method: "ON_SITE", now: SALE_NOW });
  await shopperWithBasket(sale, products[4].id, "1", { confirm: true });
  await shopperWithBasket(sale, products[2].id, "3", { confirm: true });
  await shopperWithBasket(sale, products[1].id, "2", { user: { lastName: "Brouillon" } });
});

// What the confirmed lines store (of one order, else of the whole distribution), grouped by rate in SQL: the
// reference every page must match.
async function storedSums(orderId: string | null): Promise<VatBreakdown> {
  const rows = await db().$queryRawUnsafe<
    { vatRateBp: number; totalCents: bigint; vatCents: bigint; netCents: bigint }[]
  >(
    `SELECT l."vatRateBp", SUM(l."totalCents") AS "totalCents", SUM(l."vatCents") AS "vatCents",
       SUM(l."netCents") AS "netCents"
     FROM "OrderLine" l JOIN "Order" o ON o.id = l."orderId"
     WHERE o."distributionId" = $1 AND o."confirmedAt" IS NOT NULL AND ($2::text IS NULL OR o.id = $2)
     GROUP BY l."vatRateBp" ORDER BY l."vatRateBp"`,
    sale.distribution.id,
    orderId,
  );
  const rates = rows.map((r) => ({
    vatRateBp: r.vatRateBp,
    totalCents: Number(r.totalCents),
    vatCents: Number(r.vatCents),
    netCents: Number(r.netCents),
  }));
  const sum = (k: "totalCents" | "vatCents" | "netCents") => rates.reduce((s, r) => s + r[k], 0);
  return { rates, totalCents: sum("totalCents"), vatCents: sum("vatCents"), netCents: sum("netCents") };
}

describe("VAT per rate", () => {
  it("each line stores PRODUCT.md's VAT and net: total × rate / (1 + rate) rounded half up, net = total − VAT", async () => {
    const lines = await db().orderLine.findMany({
      where: { orderId: first.orderId },
      orderBy: { vatRateBp: "asc" },
      select: { vatRateBp: true, totalCents: true, vatCents: true, netCents: true },
    });
    expect(lines).toEqual([
      { vatRateBp: 0, totalCents: 3000, vatCents: 0, netCents: 3000 },
      { vatRateBp: 210, totalCents: 743, vatCents: 15, netCents: 728 }, // 742,5 → 743; 743 × 0,021 / 1,021 = 15,28
      { vatRateBp: 550, totalCents: 1050, vatCents: 55, netCents: 995 }, // 54,74
      { vatRateBp: 1000, totalCents: 1100, vatCents: 100, netCents: 1000 },
      { vatRateBp: 2000, totalCents: 3, vatCents: 1, netCents: 2 }, // 0,5 half up
    ]);
  });

  it("the shopper's order page: the order's lines, rate by rate", async () => {
    const order = await getMyOrderOrThrow({ actor: first.actor, orderId: first.orderId, now: SALE_NOW });
    expect(order.vat).toEqual(await storedSums(first.orderId));
    expect(order.vat.rates.map((r) => r.vatRateBp)).toEqual([0, 210, 550, 1000, 2000]);
    expect(order.vat.totalCents).toBe(order.totalCents);
    expect(order.lines.map((l) => l.vatRateBp)).toEqual([0, 210, 550, 1000, 2000]);
  });

  it("the producer's orders and the admin's orders of the distribution: every confirmed line, no draft", async () => {
    const all = await storedSums(null);
    expect(all.rates.find((r) => r.vatRateBp === 2000)).toEqual({
      vatRateBp: 2000,
      totalCents: 6,
      vatCents: 2, // 1 + 1 from the lines, not round(6 / 6) = 1 from the sum
      netCents: 4,
    });
    expect(all.rates.find((r) => r.vatRateBp === 210)?.totalCents).toBe(743); // the draft's 2 kg are not sales
    const producer = await getProducerOrders({
      actor: sale.farmer,
      producerId: sale.producer.id,
      distributionId: sale.distribution.id,
      now: SALE_NOW,
    });
    expect(producer.vat).toEqual(all);
    expect(producer.vat.totalCents).toBe(producer.totalCents);
    const day = await getDistributionDay({
      actor: sale.admin,
      marketId: sale.market.id,
      distributionId: sale.distribution.id,
      now: SALE_NOW,
    });
    const summary = summarizeOrders(day.baskets);
    expect(summary.vat).toEqual(all);
    expect(summary.vat.totalCents).toBe(summary.totalCents);
  });
});
