import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { catalogShortcutPath } from "@/lib/domain/catalog-link/catalog-reference";
import { linkCatalog } from "@/lib/domain/catalog-link/link-catalog";
import { createCycle } from "@/lib/domain/distribution-plan/create-cycle";
import { createDistribution, deleteDistribution } from "@/lib/domain/distribution-plan/create-distribution";
import { cycleDays } from "@/lib/domain/distribution-plan/cycle-days";
import { defaultDistributionForm } from "@/lib/domain/distribution-plan/distribution-defaults";
import { DomainError } from "@/lib/domain/errors";
import { createMarket as createMarketUseCase } from "@/lib/domain/market-admin/create-market";
import { createProducer } from "@/lib/domain/producer/create-producer";
import { slugify } from "@/lib/domain/slug";
import {
  createConfirmedOrderFor,
  createMarket,
  createOrderFor,
  createProducerWithCatalog,
  createProduct,
  createUser,
} from "../../support/factories";
import { townGeocoder } from "../../support/fake-geocoder";

const place = {
  placeName: "Salle des fêtes",
  address: "1 place de la Mairie",
  zipCode: "33840",
  city: "Captieux",
};

const farm = { description: null, address: null, zipCode: null, city: null, phone: null, email: null, website: null };

async function newAdminMarket(name = "La Cagette de Captieux") {
  const actor = await loadActor((await createUser()).id);
  const market = await createMarketUseCase({ actor, input: { name, ...place }, geocoder: townGeocoder });
  return {
    actor: await loadActor(actor.userId),
    market,
    placeId: (await db().place.findFirstOrThrow({ where: { marketId: market.id } })).id,
  };
}

describe("setting up a market", () => {
  it("makes its creator admin, with a slug of its name that stays unique", async () => {
    const first = await newAdminMarket("Marché de Sainte-Foy");
    const second = await newAdminMarket("Marché de Sainte-Foy");
    expect(first.market.slug).toBe("marche-de-sainte-foy");
    expect(second.market.slug).toBe("marche-de-sainte-foy-2");
    expect(first.actor.markets.get(first.market.id)).toMatchObject({ isAdmin: true, canManageMembers: true });
    expect(slugify("  Épicerie — Vrac !! ")).toBe("epicerie-vrac");
  });

  // Every name without a Latin letter or digit gives the same slug, and names are not unique: found by fuzzing,
  // the twenty-first market or producer of one slug failed (« could not find a free slug »).
  it("gives every market and producer a slug of its own, however many share a name", async () => {
    const numbered = (base: string) => [base, ...Array.from({ length: 19 }, (_, i) => `${base}-${i + 2}`)];
    for (const slug of numbered("marche")) await createMarket({ slug });
    expect((await newAdminMarket("市場")).market.slug).toMatch(/^marche-[0-9a-f]{8}$/);

    await db().producer.createMany({ data: numbered("gaec").map((slug) => ({ slug, name: "GAEC" })) });
    const actor = await loadActor((await createUser()).id);
    const { id } = await createProducer({ actor, input: { ...farm, name: "GAEC" }, geocoder: townGeocoder });
    expect((await db().producer.findUniqueOrThrow({ where: { id } })).slug).toMatch(/^gaec-[0-9a-f]{8}$/);
  });

  it("plans one-off distributions with the defaults, in order, one per place and day, deletable only without orders", async () => {
    const { actor, market, placeId } = await newAdminMarket();
    const now = new Date("2026-03-02T10:00:00Z");
    const defaults = defaultDistributionForm(now, "Europe/Paris");
    expect(defaults).toEqual({
      day: "2026-04-01",
      pickupStart: "19:00",
      pickupEnd: "20:00",
      openDay: "2026-03-22",
      openTime: "08:00",
      closeDay: "2026-03-31",
      closeTime: "19:00",
    });
    const { id } = await createDistribution({ actor, marketId: market.id, input: { placeId, ...defaults } });
    const d = await db().distribution.findUniqueOrThrow({ where: { id } });
    expect(d.pickupStartAt.toISOString()).toBe("2026-04-01T17:00:00.000Z"); // summer time in Paris
    expect(d.ordersOpenAt.toISOString()).toBe("2026-03-22T07:00:00.000Z"); // still winter time
    await expect(createDistribution({ actor, marketId: market.id, input: { placeId, ...defaults } })).rejects.toEqual(
      new DomainError("DISTRIBUTION_SAME_DAY", "day"),
    );
    await expect(
      createDistribution({
        actor,
        marketId: market.id,
        input: { placeId, ...defaults, day: "2026-04-02", closeDay: "2026-04-03" },
      }),
    ).rejects.toEqual(new DomainError("CLOSE_AFTER_PICKUP", "closeDay"));
    await expect(
      createDistribution({
        actor,
        marketId: market.id,
        input: { placeId, ...defaults, day: "2026-04-02", pickupEnd: "18:00" },
      }),
    ).rejects.toEqual(new DomainError("PICKUP_END_BEFORE_START", "pickupEnd"));
    await createDistribution({
      actor,
      marketId: market.id,
      distributionId: id,
      input: { placeId, ...defaults, pickupEnd: "20:30" },
    });
    expect((await db().distribution.findUniqueOrThrow({ where: { id } })).pickupEndAt.toISOString()).toBe(
      "2026-04-01T18:30:00.000Z",
    );
    const { getDistributionFormOrThrow } = await import("@/lib/domain/distribution-plan/get-distribution-form");
    expect((await getDistributionFormOrThrow({ actor, marketId: market.id, distributionId: id })).values).toMatchObject(
      { day: "2026-04-01", pickupStart: "19:00", pickupEnd: "20:30", openTime: "08:00" },
    );
    await db().distribution.update({ where: { id }, data: { slotsEnabled: true } });
    await expect(
      createDistribution({ actor, marketId: market.id, distributionId: id, input: { placeId, ...defaults } }),
    ).rejects.toEqual(new DomainError("PICKUP_HOURS_LOCKED", "pickupStart"));
    await createConfirmedOrderFor({ id, marketId: market.id });
    await expect(deleteDistribution({ actor, marketId: market.id, distributionId: id })).rejects.toEqual(
      new DomainError("DISTRIBUTION_HAS_ORDERS"),
    );
  });

  it("deletes a distribution with drafts only, giving their held stock back to the sale", async () => {
    const { actor, market, placeId } = await newAdminMarket();
    const defaults = defaultDistributionForm(new Date("2026-03-02T10:00:00Z"), "Europe/Paris");
    const { id } = await createDistribution({ actor, marketId: market.id, input: { placeId, ...defaults } });
    const { order } = await createOrderFor({ id, marketId: market.id });
    const { catalog } = await createProducerWithCatalog();
    const honey = await createProduct(catalog.id, { stock: 2 });
    await db().orderLine.create({
      data: {
        orderId: order.id,
        productId: honey.id,
        quantity: 3,
        heldQuantity: 3,
        unitPriceCents: 300,
        vatRateBp: 550,
        productName: "Miel",
      },
    });
    await deleteDistribution({ actor, marketId: market.id, distributionId: id });
    expect(await db().distribution.count({ where: { id } })).toBe(0);
    expect((await db().product.findUniqueOrThrow({ where: { id: honey.id } })).stock?.toString()).toBe("5");
  });

  it("generates cycles: weekly until the end date, monthly on the same n-th weekday, at most 100", async () => {
    expect(cycleDays("WEEKLY", "2026-03-03", "2026-03-31")).toEqual([
      "2026-03-03",
      "2026-03-10",
      "2026-03-17",
      "2026-03-24",
      "2026-03-31",
    ]);
    expect(cycleDays("BIWEEKLY", "2026-03-03", "2026-03-31")).toEqual(["2026-03-03", "2026-03-17", "2026-03-31"]);
    // 2nd Tuesday of each month.
    expect(cycleDays("MONTHLY", "2026-03-10", "2026-06-30")).toEqual([
      "2026-03-10",
      "2026-04-14",
      "2026-05-12",
      "2026-06-09",
    ]);
    // A 5th Friday exists only in some months.
    expect(cycleDays("MONTHLY", "2026-01-30", "2026-06-30")).toEqual(["2026-01-30", "2026-05-29"]);
    const { actor, market, placeId } = await newAdminMarket();
    const input = {
      placeId,
      frequency: "WEEKLY" as const,
      startDay: "2026-03-03",
      endDay: "2026-06-30",
      pickupStart: "18:00",
      pickupEnd: "19:30",
      openDaysBefore: 7,
      closeHoursBefore: 24,
    };
    expect(await createCycle({ actor, marketId: market.id, input })).toEqual({ created: 18, skipped: 0 });
    expect(await createCycle({ actor, marketId: market.id, input: { ...input, endDay: "2026-03-17" } })).toEqual({
      created: 0,
      skipped: 3,
    });
    await expect(
      createCycle({ actor, marketId: market.id, input: { ...input, startDay: "2026-01-01", endDay: "2028-12-31" } }),
    ).rejects.toEqual(new DomainError("CYCLE_TOO_LONG", "endDay"));
  });

  it("links a catalog at once with the producer's shortcut link only; an admin of another market can do nothing here", async () => {
    const { actor, market } = await newAdminMarket();
    const other = await newAdminMarket("Autre marché");
    const { catalog } = await createProducerWithCatalog("Ferme des Trois Cocus");
    const link = (catalogText: string, who = actor) =>
      linkCatalog({ actor: who, marketId: market.id, catalogText, appUrl: "http://cabas.test", now: new Date() });
    await expect(link(`https://cabas.example/catalogues/${catalog.number}?cle=devine`)).rejects.toEqual(
      new DomainError("CATALOG_KEY_INVALID", "catalog"),
    );
    expect(await link(`https://cabas.example${catalogShortcutPath(catalog.number, catalog.shareKey)}`)).toMatchObject({
      outcome: "LINKED",
      producer: "Ferme des Trois Cocus",
    });
    await expect(link(String(catalog.number))).rejects.toEqual(new DomainError("CATALOG_ALREADY_LINKED", "catalog"));
    await expect(link("999999")).rejects.toEqual(new DomainError("CATALOG_UNKNOWN", "catalog"));
    await expect(link("pas un numéro")).rejects.toEqual(new DomainError("CATALOG_NUMBER_INVALID", "catalog"));
    await expect(link(String(catalog.number), other.actor)).rejects.toEqual(new DomainError("FORBIDDEN"));
    await expect(
      createDistribution({
        actor: other.actor,
        marketId: market.id,
        input: { placeId: other.placeId, ...defaultDistributionForm(new Date(), "Europe/Paris") },
      }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));
  });
});
