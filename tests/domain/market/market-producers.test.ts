import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/domain/errors";
import { getMarketProducersOrThrow } from "@/lib/domain/market/get-market-producers";
import { createMarket, createProduct, createProducerWithCatalog } from "../../support/factories";

describe("a market's « Producteurs » page", () => {
  it("lists the producers of the catalogs linked now, by name, with their products' kinds, and no one else", async () => {
    const market = await createMarket();
    const elsewhere = await createMarket();
    const link = (catalogId: string, marketId = market.id, unlinkedAt: Date | null = null) =>
      db().catalogLink.create({ data: { catalogId, marketId, unlinkedAt } });

    const orchard = await createProducerWithCatalog("Vergers du Lyonnais");
    await db().producer.update({
      where: { id: orchard.producer.id },
      data: { city: "Mions", description: "Pommes et poires", phone: "06 11 22 33 44" },
    });
    await createProduct(orchard.catalog.id, { category: "FRUITS_VEGETABLES" });
    await createProduct(orchard.catalog.id, { category: "DRINKS" });
    await createProduct(orchard.catalog.id, { category: "BAKERY", active: false });
    await link(orchard.catalog.id);
    // A second catalog of the same producer: one entry, kinds merged.
    const jams = await db().catalog.create({ data: { producerId: orchard.producer.id, name: "Confitures" } });
    await createProduct(jams.id, { category: "GROCERY" });
    await link(jams.id);

    const bakery = await createProducerWithCatalog("Boulangerie Alba");
    await link(bakery.catalog.id);
    const gone = await createProducerWithCatalog("Ferme partie");
    await link(gone.catalog.id, market.id, new Date());
    const archived = await createProducerWithCatalog("Catalogue archivé");
    await db().catalog.update({ where: { id: archived.catalog.id }, data: { archivedAt: new Date() } });
    await link(archived.catalog.id);
    const other = await createProducerWithCatalog("Ferme d’un autre marché");
    await link(other.catalog.id, elsewhere.id);

    const page = await getMarketProducersOrThrow(market.slug);
    expect(page.name).toBe(market.name);
    expect(page.producers).toEqual([
      {
        slug: bakery.producer.slug,
        name: "Boulangerie Alba",
        city: null,
        description: null,
        photoId: null,
        categories: [],
      },
      {
        slug: orchard.producer.slug,
        name: "Vergers du Lyonnais",
        city: "Mions",
        description: "Pommes et poires",
        photoId: null,
        categories: ["DRINKS", "FRUITS_VEGETABLES", "GROCERY"],
      },
    ]);
    // Public: nothing a producer keeps private.
    expect(JSON.stringify(page)).not.toContain("06 11 22 33 44");
  });

  it("answers not found for a market that does not exist", async () => {
    await expect(getMarketProducersOrThrow("nulle-part")).rejects.toEqual(new DomainError("NOT_FOUND"));
  });
});
