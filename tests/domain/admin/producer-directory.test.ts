import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";
import { searchProducers } from "@/lib/domain/producer/search-producers";
import { createMembership, createProduct, createUser } from "../../support/factories";

describe("producer directory", () => {
  it("finds producers by product type or name, nearest to the market first, and suggests those not linked yet", async () => {
    const market = await db().market.create({
      data: {
        slug: "annuaire",
        name: "Annuaire",
        places: {
          create: [{ name: "Halle", address: "a", zipCode: "69200", city: "Vénissieux", lat: 45.7123, lng: 4.8811 }],
        },
      },
    });
    const admin = await createUser();
    await createMembership(market.id, admin.id, { isAdmin: true });
    const actor = await loadActor(admin.id);
    const farm = async (
      slug: string,
      lat: number,
      lng: number,
      product: { name: string; category: "BAKERY" | "GROCERY" },
    ) => {
      const producer = await db().producer.create({ data: { slug, name: slug, lat, lng } });
      const catalog = await db().catalog.create({ data: { producerId: producer.id, name: "c" } });
      await createProduct(catalog.id, product);
      return catalog;
    };
    await farm("fournil-lyon", 45.764, 4.8357, { name: "Pain", category: "BAKERY" });
    const near = await farm("fournil-saint-priest", 45.6966, 4.9434, { name: "Baguette", category: "BAKERY" });
    await farm("epicerie-paris", 48.8566, 2.3522, { name: "Lentilles", category: "GROCERY" });
    expect((await searchProducers({ actor, marketId: market.id, category: "BAKERY" })).map((p) => p.slug)).toEqual([
      "fournil-saint-priest",
      "fournil-lyon",
    ]);
    expect((await searchProducers({ actor, marketId: market.id, text: "lentil" })).map((p) => p.slug)).toEqual([
      "epicerie-paris",
    ]);
    await db().catalogLink.create({ data: { catalogId: near.id, marketId: market.id } });
    expect(
      (await searchProducers({ actor, marketId: market.id, excludeLinked: true, take: 3 })).map((p) => p.slug),
    ).toEqual(["fournil-lyon", "epicerie-paris"]);
    expect(
      (await searchProducers({ actor, marketId: market.id, category: "BAKERY", excludeLinked: true })).map(
        (p) => p.slug,
      ),
    ).toEqual(["fournil-lyon"]);
    // The market moves to Paris: its archived place no longer says where it is.
    await db().place.create({
      data: {
        marketId: market.id,
        name: "Préau",
        address: "b",
        zipCode: "75011",
        city: "Paris",
        lat: 48.8566,
        lng: 2.3522,
      },
    });
    await db().place.updateMany({ where: { marketId: market.id, name: "Halle" }, data: { archivedAt: new Date() } });
    expect((await searchProducers({ actor, marketId: market.id, category: "BAKERY" })).map((p) => p.slug)).toEqual([
      "fournil-lyon",
      "fournil-saint-priest",
    ]);
    await expect(
      searchProducers({ actor: await loadActor((await createUser()).id), marketId: market.id }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));
  });
});
