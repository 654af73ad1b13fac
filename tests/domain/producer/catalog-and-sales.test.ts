import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { createCatalog, getCatalogOrThrow } from "@/lib/domain/catalog/producer-catalogs";
import { deleteProduct, saveProduct } from "@/lib/domain/catalog/save-product";
import { DomainError } from "@/lib/domain/errors";
import { confirmOrder } from "@/lib/domain/order/confirm-order";
import { setBasketQuantity } from "@/lib/domain/order/set-basket-quantity";
import { getProducerOrders } from "@/lib/domain/participation/producer-orders";
import { listProducerSales, respondToParticipation } from "@/lib/domain/participation/producer-sales";
import { createProducer } from "@/lib/domain/producer/create-producer";
import type { ProductInput } from "@/lib/validation/producer";
import { createDistribution, createMarket, createUser } from "../../support/factories";
import { townGeocoder } from "../../support/fake-geocoder";

const now = new Date("2026-06-01T10:00:00Z");
const product = (overrides: Partial<ProductInput> = {}): ProductInput => ({
  name: "Amandes",
  description: null,
  category: "GROCERY",
  unit: "KG",
  quantityPerUnit: "1",
  price: "14,85",
  vatRate: "550",
  organic: true,
  bulk: true,
  step: "0,1",
  variableWeight: false,
  maxPrice: "",
  stock: "",
  active: true,
  ...overrides,
});

async function producerWithCatalog(name: string) {
  const userId = (await createUser()).id;
  const { id: producerId } = await createProducer({
    actor: await loadActor(userId),
    input: {
      name,
      description: null,
      address: null,
      zipCode: null,
      city: "Mions",
      phone: null,
      email: null,
      website: null,
    },
    geocoder: townGeocoder,
  });
  const actor = await loadActor(userId);
  const catalog = await createCatalog({ actor, producerId, name: `Catalogue ${name}`, description: null });
  return { actor, producerId, catalog };
}

describe("the producer's catalog", () => {
  it("stores a bulk product from typed euros and steps, and refuses what does not make sense", async () => {
    const { actor, catalog } = await producerWithCatalog("Ferme A");
    const { id } = await saveProduct({ actor, catalogId: catalog.id, input: product() });
    expect(await db().product.findUniqueOrThrow({ where: { id } })).toMatchObject({
      priceCents: 1485,
      bulk: true,
      organic: true,
    });
    for (const [overrides, code, field] of [
      [{ price: "3,2o" }, "PRICE_INVALID", "price"],
      [{ step: "" }, "STEP_REQUIRED", "step"],
      [{ step: "1" }, "STEP_OUT_OF_RANGE", "step"],
      [{ stock: "-3" }, "STOCK_NEGATIVE", "stock"],
      [{ unit: "PIECE" as const }, "BULK_NEEDS_MEASURE", "unit"],
      [{ variableWeight: true, maxPrice: "10,00" }, "MAX_PRICE_INVALID", "maxPrice"],
    ] as const) {
      await expect(saveProduct({ actor, catalogId: catalog.id, input: product(overrides) })).rejects.toEqual(
        new DomainError(code, field),
      );
    }
  });

  it("producer A can neither read nor change producer B's catalog and products", async () => {
    const a = await producerWithCatalog("Ferme A");
    const b = await producerWithCatalog("Ferme B");
    const { id } = await saveProduct({ actor: b.actor, catalogId: b.catalog.id, input: product() });
    await expect(getCatalogOrThrow({ actor: a.actor, catalogId: b.catalog.id })).rejects.toEqual(
      new DomainError("NOT_FOUND"),
    );
    await expect(saveProduct({ actor: a.actor, catalogId: b.catalog.id, input: product() })).rejects.toEqual(
      new DomainError("NOT_FOUND"),
    );
    await expect(deleteProduct({ actor: a.actor, productId: id })).rejects.toEqual(new DomainError("NOT_FOUND"));
    await expect(
      createCatalog({ actor: a.actor, producerId: b.producerId, name: "x", description: null }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));
    await expect(listProducerSales({ actor: a.actor, producerId: b.producerId, now })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );
  });

  it("accepts a sale, its products show in the shop, and the producer sees its orders by product and basket", async () => {
    const { actor, producerId, catalog } = await producerWithCatalog("Épicerie vrac");
    const almonds = await saveProduct({ actor, catalogId: catalog.id, input: product() });
    const market = await createMarket();
    const distribution = await createDistribution(market, { now, inDays: 4 });
    await db().catalogLink.create({ data: { catalogId: catalog.id, marketId: market.id } });
    const sales = await listProducerSales({ actor, producerId, now });
    expect(sales.map((s) => [s.id, s.catalogs.map((c) => c.status)])).toEqual([[distribution.id, [null]]]);

    const shopper = await loadActor((await createUser({ lastName: "Varda", firstName: "Sarah" })).id);
    await expect(
      setBasketQuantity({
        actor: shopper,
        distributionId: distribution.id,
        productId: almonds.id,
        quantityText: "0,5",
        mode: "add",
        now,
      }),
    ).rejects.toEqual(new DomainError("PRODUCT_NOT_OFFERED", "quantity"));
    await respondToParticipation({ actor, catalogId: catalog.id, distributionId: distribution.id, accept: true, now });
    const other = await loadActor((await createUser({ lastName: "Benali", firstName: "Amina" })).id);
    // Each confirms: the producer sees orders, not drafts.
    for (const [buyer, quantityText] of [
      [shopper, "0,5"],
      [other, "1,2"],
    ] as const) {
      const { orderId } = await setBasketQuantity({
        actor: buyer,
        distributionId: distribution.id,
        productId: almonds.id,
        quantityText,
        mode: "add",
        now,
      });
      await confirmOrder({ actor: buyer, orderId, method: "ON_SITE", now });
    }

    const orders = await getProducerOrders({ actor, producerId, distributionId: distribution.id, now });
    expect(orders.byProduct).toEqual([{ name: "Amandes", unit: "KG", quantity: "1.7", totalCents: 743 + 1782 }]);
    expect(orders.byBasket.map((b) => [b.basketNumber, b.name])).toEqual([
      [1, "VARDA Sarah"],
      [2, "BENALI Amina"],
    ]);
    await expect(deleteProduct({ actor, productId: almonds.id })).rejects.toEqual(
      new DomainError("PRODUCT_HAS_ORDERS"),
    );
  });
});

describe("the producer's team", () => {
  it("owners add people with an account; others cannot", async () => {
    const { actor, producerId } = await producerWithCatalog("Ferme équipe");
    const helper = await createUser({ email: "aide@example.test" });
    const { addProducerUser, listProducerUsers } = await import("@/lib/domain/producer/producer-users");
    await expect(addProducerUser({ actor, producerId, email: "personne@example.test" })).rejects.toEqual(
      new DomainError("USER_UNKNOWN", "email"),
    );
    await addProducerUser({ actor, producerId, email: "aide@example.test" });
    expect((await listProducerUsers({ actor, producerId })).map((u) => [u.user.email, u.role])).toHaveLength(2);
    const helperActor = await loadActor(helper.id);
    expect(helperActor.producerIds).toContain(producerId);
    await expect(addProducerUser({ actor: helperActor, producerId, email: "aide@example.test" })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );
  });

  it("only owners remove team members, and never an owner", async () => {
    const { actor, producerId } = await producerWithCatalog("Ferme départ");
    const { addProducerUser, removeProducerUser } = await import("@/lib/domain/producer/producer-users");
    const [first, second] = [await createUser(), await createUser()];
    await addProducerUser({ actor, producerId, email: first.email });
    await addProducerUser({ actor, producerId, email: second.email });
    const firstActor = await loadActor(first.id);
    await expect(removeProducerUser({ actor: firstActor, producerId, userId: second.id })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );
    await expect(removeProducerUser({ actor: firstActor, producerId, userId: actor.userId })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );
    await expect(removeProducerUser({ actor, producerId, userId: actor.userId })).rejects.toEqual(
      new DomainError("NOT_FOUND"),
    );
    await removeProducerUser({ actor, producerId, userId: first.id });
    expect((await loadActor(first.id)).producerIds).not.toContain(producerId);
    expect((await loadActor(second.id)).producerIds).toContain(producerId);
  });
});

describe("the producer's profile", () => {
  it("updates the profile and adds resized photos, six at most", async () => {
    const sharp = (await import("sharp")).default;
    const { actor, producerId } = await producerWithCatalog("Ferme photo");
    const { updateProducer, getProducerProfileOrThrow } = await import("@/lib/domain/producer/update-producer");
    const png = await sharp({ create: { width: 2000, height: 1500, channels: 3, background: "#8a5a2b" } })
      .png()
      .toBuffer();
    const input = {
      name: "Ferme photo",
      description: "Des noix",
      address: null,
      zipCode: "69780",
      city: "Mions",
      phone: null,
      email: null,
      website: null,
    };
    await updateProducer({
      actor,
      producerId,
      input,
      photos: [{ bytes: png, size: png.length }],
      geocoder: townGeocoder,
    });
    const profile = await getProducerProfileOrThrow({ actor, producerId });
    expect(profile).toMatchObject({ description: "Des noix", city: "Mions" });
    expect(profile.photos).toHaveLength(1);
    const image = await db().image.findUniqueOrThrow({ where: { id: profile.photos[0].imageId } });
    expect([image.width, image.height]).toEqual([1200, 900]);
    const six = Array.from({ length: 6 }, () => ({ bytes: png, size: png.length }));
    await expect(updateProducer({ actor, producerId, input, photos: six, geocoder: townGeocoder })).rejects.toEqual(
      new DomainError("TOO_MANY_PHOTOS", "photos"),
    );
    const other = await producerWithCatalog("Autre ferme");
    await expect(
      updateProducer({ actor: other.actor, producerId, input, photos: [], geocoder: townGeocoder }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));
  });
});
