import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { searchShopProducts } from "@/lib/domain/shop/search-shop";
import { createParticipation, createProducerWithCatalog } from "../../support/factories";
import { openSale } from "../../support/sale";

const names = (found: { products: { name: string }[] }) => found.products.map((p) => p.name);

describe("a name search in a shop", () => {
  it("finds the offered products whose name holds the words, whatever their case, in the shop's order", async () => {
    const sale = await openSale();
    await sale.product({ name: "Pain de campagne", category: "BAKERY" });
    await sale.product({ name: "Petit PAIN aux noix", category: "BAKERY" });
    await sale.product({ name: "Épeautre en grain", category: "GROCERY" });
    await sale.product({ name: "Pain d’épices", category: "GROCERY" });
    await sale.product({ name: "Pain rassis", category: "BAKERY", active: false });
    // Another producer's bread, linked to the market but not taking part in this sale; and one whose catalog
    // takes part but is not linked to the market (any more).
    const outside = await createProducerWithCatalog();
    await db().catalogLink.create({ data: { catalogId: outside.catalog.id, marketId: sale.market.id } });
    await db().product.create({ data: { catalogId: outside.catalog.id, name: "Pain au levain", priceCents: 400 } });
    const unlinked = await createProducerWithCatalog();
    await createParticipation(sale.distribution.id, unlinked.catalog.id, "ACCEPTED");
    await db().product.create({ data: { catalogId: unlinked.catalog.id, name: "Pain de mie", priceCents: 300 } });

    const search = (text: string, more: { category?: "BAKERY" | "GROCERY"; page?: number } = {}) =>
      searchShopProducts({
        marketId: sale.market.id,
        distributionId: sale.distribution.id,
        search: text,
        page: 1,
        ...more,
      });
    const bread = await search("pain");
    expect(names(bread)).toEqual(["Pain de campagne", "Petit PAIN aux noix", "Pain d’épices"]);
    expect(bread).toMatchObject({ total: 3, pages: 1 });
    expect(names(await search("PAIN", { category: "GROCERY" }))).toEqual(["Pain d’épices"]);
    expect(names(await search("ain aux"))).toEqual(["Petit PAIN aux noix"]);
    expect(names(await search("brioche"))).toEqual([]);
    // What the product cards show comes with each product: a plain value, ready for the cache.
    expect(bread.products[0]).toMatchObject({ quantityPerUnit: "1", stock: null, catalog: { producer: {} } });
  });

  it("takes the typed characters as they are: % and _ are not wildcards", async () => {
    const sale = await openSale();
    await sale.product({ name: "Chocolat 70% cacao" });
    await sale.product({ name: "Chocolat 700 g" });
    await sale.product({ name: "Jus_de_pomme" });
    await sale.product({ name: "Jus de pomme" });
    const search = (text: string) =>
      searchShopProducts({ marketId: sale.market.id, distributionId: sale.distribution.id, search: text, page: 1 });
    expect(names(await search("70%"))).toEqual(["Chocolat 70% cacao"]);
    expect(names(await search("jus_"))).toEqual(["Jus_de_pomme"]);
    expect(names(await search("\\"))).toEqual([]);
  });

  it("answers a page at a time, with the number of pages", async () => {
    const sale = await openSale();
    await db().product.createMany({
      data: Array.from({ length: 100 }, (_, i) => ({
        catalogId: sale.catalog.id,
        name: `Confiture ${String(i).padStart(3, "0")}`,
        priceCents: 450,
      })),
    });
    await sale.product({ name: "Miel" });
    const page = (n: number) =>
      searchShopProducts({
        marketId: sale.market.id,
        distributionId: sale.distribution.id,
        search: "confiture",
        page: n,
      });
    const third = await page(3);
    expect(third).toMatchObject({ total: 100, pages: 3 });
    expect(names(third)).toEqual(["Confiture 096", "Confiture 097", "Confiture 098", "Confiture 099"]);
    expect(names(await page(4))).toEqual([]);
  });

  // The planner reads every row of a small table anyway; with many products and a rare word, the index.
  it("has an index that answers it without reading every product", async () => {
    const sale = await openSale();
    await sale.product({ name: "Confiture de coings" });
    const plan = await db().$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN SELECT id FROM "Product" WHERE name ILIKE '%coings%'`,
      );
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toMatch(/Index Scan on "Product_name_idx"/);
  });
});
