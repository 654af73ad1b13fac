import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { createDistribution } from "@/lib/domain/distribution-plan/create-distribution";
import { DomainError } from "@/lib/domain/errors";
import { getPublicMarketOrThrow } from "@/lib/domain/market/get-public-market";
import { archivePlace } from "@/lib/domain/place/archive-place";
import { restorePlace } from "@/lib/domain/place/restore-place";
import { savePlace } from "@/lib/domain/place/save-place";
import { createMarket, createMembership, createUser } from "../../support/factories";
import { townGeocoder } from "../../support/fake-geocoder";

const NOW = new Date("2026-03-01T10:00:00Z");
const HALL = {
  placeName: "Halle du marché",
  address: "2 rue des Halles",
  zipCode: "33840",
  city: "Captieux",
};

async function marketWithAdmin() {
  const market = await createMarket();
  const user = await createUser();
  await createMembership(market.id, user.id, { isAdmin: true });
  return { market, actor: await loadActor(user.id), first: market.places[0] };
}

// A distribution on `day` (March 2026), orders open from 20 February to the day before.
function saleOn(placeId: string, day: string, pickupEnd = "20:00") {
  const dayBefore = new Date(new Date(`${day}T12:00:00Z`).getTime() - 86_400_000).toISOString().slice(0, 10);
  return {
    placeId,
    day,
    pickupStart: "19:00",
    pickupEnd,
    openDay: "2026-02-20",
    openTime: "08:00",
    closeDay: dayBefore,
    closeTime: "19:00",
  };
}

const plan = (actor: Awaited<ReturnType<typeof loadActor>>, marketId: string, placeId: string, day = "2026-03-10") =>
  createDistribution({ actor, marketId, input: saleOn(placeId, day) });

describe("a market's places of distribution", () => {
  it("are added and edited by the market's admins, and listed on the market page while active", async () => {
    const { market, actor } = await marketWithAdmin();
    const { id } = await savePlace({ geocoder: townGeocoder, actor, marketId: market.id, input: HALL });
    expect(await db().place.findUniqueOrThrow({ where: { id } })).toMatchObject({
      marketId: market.id,
      name: "Halle du marché",
      address: "2 rue des Halles",
      lat: 44.2917,
      archivedAt: null,
    });
    await savePlace({
      geocoder: townGeocoder,
      actor,
      marketId: market.id,
      placeId: id,
      input: { ...HALL, placeName: "Halle couverte" },
    });
    const shown = await getPublicMarketOrThrow({ slug: market.slug, now: NOW });
    expect(shown.places.map((p) => p.name)).toEqual(["Halle couverte", "Salle des fêtes"]);
  });

  it("are removed: deleted if never used, archived once a distribution was planned there, restored on demand", async () => {
    const { market, actor, first } = await marketWithAdmin();
    const unused = await savePlace({ geocoder: townGeocoder, actor, marketId: market.id, input: HALL });
    expect(await archivePlace({ actor, marketId: market.id, placeId: unused.id, now: NOW })).toEqual({ deleted: true });
    expect(await db().place.findUnique({ where: { id: unused.id } })).toBeNull();

    const hall = await savePlace({ geocoder: townGeocoder, actor, marketId: market.id, input: HALL });
    const held = await plan(actor, market.id, hall.id);
    expect(await archivePlace({ actor, marketId: market.id, placeId: hall.id, now: NOW })).toEqual({ deleted: false });
    expect((await db().place.findUniqueOrThrow({ where: { id: hall.id } })).archivedAt).toEqual(NOW);
    // Its distribution keeps it, and can still be edited there; nothing new is planned there.
    expect((await db().distribution.findUniqueOrThrow({ where: { id: held.id } })).placeId).toBe(hall.id);
    await createDistribution({
      actor,
      marketId: market.id,
      distributionId: held.id,
      input: saleOn(hall.id, "2026-03-10", "20:30"),
    });
    await expect(plan(actor, market.id, hall.id, "2026-03-17")).rejects.toEqual(
      new DomainError("NOT_FOUND", "placeId"),
    );
    const elsewhere = await plan(actor, market.id, first.id, "2026-03-17");
    await expect(
      createDistribution({
        actor,
        marketId: market.id,
        distributionId: elsewhere.id,
        input: saleOn(hall.id, "2026-03-17"),
      }),
    ).rejects.toEqual(new DomainError("NOT_FOUND", "placeId"));
    expect((await getPublicMarketOrThrow({ slug: market.slug, now: NOW })).places.map((p) => p.name)).toEqual([
      "Salle des fêtes",
    ]);

    await restorePlace({ actor, marketId: market.id, placeId: hall.id });
    expect(await plan(actor, market.id, hall.id, "2026-03-24")).toMatchObject({ id: expect.any(String) });
  });

  it("keep at least one active place", async () => {
    const { market, actor, first } = await marketWithAdmin();
    await expect(archivePlace({ actor, marketId: market.id, placeId: first.id, now: NOW })).rejects.toEqual(
      new DomainError("LAST_PLACE"),
    );
    const hall = await savePlace({ geocoder: townGeocoder, actor, marketId: market.id, input: HALL });
    await plan(actor, market.id, hall.id);
    await archivePlace({ actor, marketId: market.id, placeId: hall.id, now: NOW });
    await expect(archivePlace({ actor, marketId: market.id, placeId: first.id, now: NOW })).rejects.toEqual(
      new DomainError("LAST_PLACE"),
    );
  });

  it("are no one else's to change: not a plain member's, nor another market's admin's, even with their own market's id", async () => {
    const { market, first } = await marketWithAdmin();
    const member = await createUser();
    await createMembership(market.id, member.id);
    const other = await marketWithAdmin();
    const asMember = await loadActor(member.id);

    await expect(
      savePlace({ geocoder: townGeocoder, actor: asMember, marketId: market.id, input: HALL }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));
    await expect(archivePlace({ actor: asMember, marketId: market.id, placeId: first.id, now: NOW })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );
    // Another market's admin, naming their own market with this market's place.
    await expect(
      savePlace({
        geocoder: townGeocoder,
        actor: other.actor,
        marketId: other.market.id,
        placeId: first.id,
        input: HALL,
      }),
    ).rejects.toEqual(new DomainError("NOT_FOUND"));
    await savePlace({ geocoder: townGeocoder, actor: other.actor, marketId: other.market.id, input: HALL });
    await expect(
      archivePlace({ actor: other.actor, marketId: other.market.id, placeId: first.id, now: NOW }),
    ).rejects.toEqual(new DomainError("NOT_FOUND"));
    await expect(restorePlace({ actor: other.actor, marketId: other.market.id, placeId: first.id })).rejects.toEqual(
      new DomainError("NOT_FOUND"),
    );
    expect((await db().place.findUniqueOrThrow({ where: { id: first.id } })).name).toBe("Salle des fêtes");
  });
});
