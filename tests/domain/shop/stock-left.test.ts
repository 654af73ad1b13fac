import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getStockLeft } from "@/lib/domain/shop/get-stock-left";
import { createDistribution, createParticipation, createProducerWithCatalog } from "../../support/factories";
import { addToBasket, openSale, SALE_NOW, shopperWithBasket } from "../../support/sale";

describe("the stock left that a shop page shows live", () => {
  it("follows the baskets, for the offered products whose stock is managed only", async () => {
    const sale = await openSale();
    const eggs = await sale.product({ name: "Œufs", stock: 12 });
    const flour = await sale.product({ name: "Farine", unit: "KG", bulk: true, step: 0.5, stock: 2.5 });
    const bread = await sale.product({ name: "Pain" });
    const retired = await sale.product({ name: "Confiture", stock: 4, active: false });
    // A product of another producer, whose catalog does not take part in this sale.
    const { catalog } = await createProducerWithCatalog();
    await db().catalogLink.create({ data: { catalogId: catalog.id, marketId: sale.market.id } });
    const elsewhere = await db().product.create({
      data: { catalogId: catalog.id, name: "Miel", priceCents: 900, stock: 3 },
    });
    const ask = () =>
      getStockLeft({
        slug: sale.market.slug,
        distributionId: sale.distribution.id,
        productIds: [eggs.id, flour.id, bread.id, retired.id, elsewhere.id, "unknown"],
      });

    expect(await ask()).toEqual({ [eggs.id]: "12", [flour.id]: "2.5" });
    const { actor } = await shopperWithBasket(sale, eggs.id, "5");
    await addToBasket(actor, sale, flour.id, "2,5");
    expect(await ask()).toEqual({ [eggs.id]: "7", [flour.id]: "0" });
    await shopperWithBasket(sale, eggs.id, "7", { confirm: true });
    expect(await ask()).toEqual({ [eggs.id]: "0", [flour.id]: "0" });
  });

  it("reads nothing for a page without managed stock, nor for another sale's products or a wrong address", async () => {
    const sale = await openSale();
    const eggs = await sale.product({ name: "Œufs", stock: 12 });
    expect(
      await getStockLeft({ slug: sale.market.slug, distributionId: sale.distribution.id, productIds: [] }),
    ).toEqual({});
    // The same market's next sale, which this producer did not join.
    const next = await createDistribution(sale.market, { now: SALE_NOW, inDays: 11 });
    expect(await getStockLeft({ slug: sale.market.slug, distributionId: next.id, productIds: [eggs.id] })).toEqual({});
    // Nor of a sale named under another market's address.
    const other = await openSale();
    expect(
      await getStockLeft({ slug: other.market.slug, distributionId: sale.distribution.id, productIds: [eggs.id] }),
    ).toEqual({});
    await createParticipation(next.id, sale.catalog.id);
    expect(await getStockLeft({ slug: sale.market.slug, distributionId: next.id, productIds: [eggs.id] })).toEqual({
      [eggs.id]: "12",
    });
  });
});
