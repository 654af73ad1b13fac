import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { DomainError } from "@/lib/domain/errors";
import type { Geocoder } from "@/lib/domain/geocoding/geocoder";
import { geocodePendingAddresses } from "@/lib/domain/geocoding/geocode-pending-addresses";
import { savePlace } from "@/lib/domain/place/save-place";
import { createProducer } from "@/lib/domain/producer/create-producer";
import { directoryOrigin } from "@/lib/domain/producer/directory-origin";
import { searchProducers } from "@/lib/domain/producer/search-producers";
import { getProducerProfileOrThrow, updateProducer } from "@/lib/domain/producer/update-producer";
import { banGeocoder } from "@/lib/geocoding/ban-geocoder";
import { createMarket, createMembership, createUser } from "../../support/factories";
import { startFakeGeocoder } from "../../support/fake-geocoder";

// The real client (lib/geocoding/ban-geocoder.ts) against the stub of the national address service.
let stub: Awaited<ReturnType<typeof startFakeGeocoder>>;
let geocoder: Geocoder;
beforeAll(async () => {
  stub = await startFakeGeocoder();
  geocoder = banGeocoder(stub.url);
});
afterAll(() => stub.close());
beforeEach(() => {
  stub.state.down = false;
  stub.state.queries.length = 0;
});

const CAPTIEUX = { lat: 44.2917, lng: -0.2606 };
const BORDEAUX = { lat: 44.8378, lng: -0.5792 };
const HALL = { placeName: "Halle", address: "2 rue des Halles", zipCode: "33840", city: "Captieux" };
const farm = { description: null, address: null, zipCode: null, city: null, phone: null, email: null, website: null };

async function marketWithAdmin() {
  const market = await createMarket();
  const user = await createUser();
  await createMembership(market.id, user.id, { isAdmin: true });
  return { market, actor: await loadActor(user.id) };
}

const placeRow = (id: string) =>
  db().place.findUniqueOrThrow({ where: { id }, select: { lat: true, lng: true, geocoding: true } });

describe("the national address service's client", () => {
  it("answers a position, no such address, or unreachable, and never throws", async () => {
    expect(await geocoder.geocode({ text: "2 rue des Halles 33840 Captieux", postcode: "33840" })).toEqual(CAPTIEUX);
    expect(await geocoder.geocode({ text: "2 rue des Halles 33840 Captiuex", postcode: "33840" })).toBe("not-found");
    // The postcode narrows the search: a town elsewhere is not this address.
    expect(await geocoder.geocode({ text: "Bordeaux", postcode: "69200" })).toBe("not-found");
    stub.state.down = true;
    expect(await geocoder.geocode({ text: "Captieux" })).toBe("unreachable");
    expect(await banGeocoder("http://127.0.0.1:9").geocode({ text: "Captieux" })).toBe("unreachable");
  });
});

describe("a place's address", () => {
  it("is placed when it is saved; a name changed alone asks nothing again, a new address is placed again", async () => {
    const { market, actor } = await marketWithAdmin();
    const saved = await savePlace({ actor, marketId: market.id, input: HALL, geocoder });
    expect(saved.location).toBe("located");
    expect(await placeRow(saved.id)).toEqual({ ...CAPTIEUX, geocoding: null });
    expect(stub.state.queries).toEqual(["2 rue des Halles 33840 Captieux"]);

    const renamed = { ...HALL, placeName: "Halle couverte" };
    await savePlace({ actor, marketId: market.id, placeId: saved.id, input: renamed, geocoder });
    expect(stub.state.queries).toHaveLength(1);

    const moved = { ...HALL, address: "1 cours de l’Intendance", zipCode: "33000", city: "Bordeaux" };
    const edit = await savePlace({ actor, marketId: market.id, placeId: saved.id, input: moved, geocoder });
    expect(edit.location).toBe("located");
    expect(await placeRow(saved.id)).toEqual({ ...BORDEAUX, geocoding: null });
  });

  it("unknown to the service is saved unplaced, to be corrected; corrected, it is placed", async () => {
    const { market, actor } = await marketWithAdmin();
    const typo = { ...HALL, city: "Captiuex" };
    const saved = await savePlace({ actor, marketId: market.id, input: typo, geocoder });
    expect(saved.location).toBe("not-found");
    expect(await placeRow(saved.id)).toEqual({ lat: null, lng: null, geocoding: "NOT_FOUND" });
    // The job leaves it: asking again would get the same answer.
    expect(await geocodePendingAddresses({ geocoder })).toMatchObject({ succeeded: 0, failures: [] });

    await savePlace({ actor, marketId: market.id, placeId: saved.id, input: HALL, geocoder });
    expect(await placeRow(saved.id)).toEqual({ ...CAPTIEUX, geocoding: null });
  });

  it("is saved unplaced while the service cannot be reached, and placed by the geocode job later", async () => {
    const { market, actor } = await marketWithAdmin();
    stub.state.down = true;
    const saved = await savePlace({ actor, marketId: market.id, input: HALL, geocoder });
    expect(saved.location).toBe("pending");
    expect(await db().place.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({
      name: "Halle",
      address: "2 rue des Halles",
      lat: null,
      geocoding: "PENDING",
    });
    // Still down: the run stops at its first address, which stays to be placed.
    const stillDown = await geocodePendingAddresses({ geocoder });
    expect(stillDown).toMatchObject({ succeeded: 0, failures: [{ item: "place", itemId: saved.id }] });
    expect((await placeRow(saved.id)).geocoding).toBe("PENDING");

    stub.state.down = false;
    expect(await geocodePendingAddresses({ geocoder })).toMatchObject({ located: 1, succeeded: 1, failures: [] });
    expect(await placeRow(saved.id)).toEqual({ ...CAPTIEUX, geocoding: null });
  });

  it("is placed by the job with the address it has now, never with one edited meanwhile", async () => {
    const { market, actor } = await marketWithAdmin();
    stub.state.down = true;
    const saved = await savePlace({ actor, marketId: market.id, input: HALL, geocoder });
    stub.state.down = false;
    // The job read the old address; the admin saves a new one (placed at once) before the job writes.
    const racing: Geocoder = {
      async geocode(query) {
        const moved = { ...HALL, zipCode: "33000", city: "Bordeaux" };
        await savePlace({ actor, marketId: market.id, placeId: saved.id, input: moved, geocoder });
        return geocoder.geocode(query);
      },
    };
    expect(await geocodePendingAddresses({ geocoder: racing })).toMatchObject({ succeeded: 0, failures: [] });
    expect(await placeRow(saved.id)).toEqual({ ...BORDEAUX, geocoding: null });
  });

  it("is saved by the market's admins only", async () => {
    const { market } = await marketWithAdmin();
    const member = await createUser();
    await createMembership(market.id, member.id);
    await expect(
      savePlace({ actor: await loadActor(member.id), marketId: market.id, input: HALL, geocoder }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));
    expect(stub.state.queries).toEqual([]);
  });
});

describe("the geocode job", () => {
  it("places the waiting places and farms, and an address that fails does not stop the others", async () => {
    const { market, actor } = await marketWithAdmin();
    stub.state.down = true;
    const first = await savePlace({ actor, marketId: market.id, input: HALL, geocoder });
    const broken = await savePlace({ actor, marketId: market.id, input: { ...HALL, placeName: "Cassé" }, geocoder });
    const owner = await loadActor((await createUser()).id);
    const input = { ...farm, name: "Ferme du Bourg", zipCode: "33000", city: "Bordeaux" };
    const producer = await createProducer({ actor: owner, input, geocoder });
    stub.state.down = false;

    // The second address makes the geocoder throw (not an answer it could give): it fails, the others go on.
    let asked = 0;
    const failing: Geocoder = {
      async geocode(query) {
        if (++asked === 2) throw new Error("unexpected answer");
        return geocoder.geocode(query);
      },
    };
    const report = await geocodePendingAddresses({ geocoder: failing });
    expect(report.located).toBe(2);
    expect(report.failures).toHaveLength(1);
    const failedId = report.failures[0].itemId;
    expect([first.id, broken.id]).toContain(failedId);
    expect((await placeRow(failedId)).geocoding).toBe("PENDING");
    const placed = failedId === first.id ? broken.id : first.id;
    expect(await placeRow(placed)).toEqual({ ...CAPTIEUX, geocoding: null });
    expect(
      await db().producer.findUniqueOrThrow({ where: { id: producer.id }, select: { lat: true, geocoding: true } }),
    ).toEqual({ lat: BORDEAUX.lat, geocoding: null });

    // The next run places the one left.
    expect(await geocodePendingAddresses({ geocoder })).toMatchObject({ located: 1, failures: [] });
    expect(await placeRow(failedId)).toEqual({ ...CAPTIEUX, geocoding: null });
  });
});

describe("a farm's address", () => {
  it("is placed when the producer saves it, said on the profile, and not asked for without a town", async () => {
    const owner = await loadActor((await createUser()).id);
    const { id: producerId } = await createProducer({ actor: owner, input: { ...farm, name: "Ferme" }, geocoder });
    expect(stub.state.queries).toEqual([]);
    const actor = await loadActor(owner.userId);
    expect((await getProducerProfileOrThrow({ actor, producerId })).location).toBeNull();

    const input = { ...farm, name: "Ferme", address: "Lieu-dit Les Granges", zipCode: "69780", city: "Mions" };
    expect(await updateProducer({ actor, producerId, input, photos: [], geocoder })).toEqual({ location: "located" });
    expect(stub.state.queries).toEqual(["Lieu-dit Les Granges 69780 Mions"]);
    expect((await getProducerProfileOrThrow({ actor, producerId })).location).toBe("located");

    stub.state.down = true;
    const moved = { ...input, zipCode: "69960", city: "Corbas" };
    expect(await updateProducer({ actor, producerId, input: moved, photos: [], geocoder })).toEqual({
      location: "pending",
    });
    expect((await getProducerProfileOrThrow({ actor, producerId })).location).toBe("pending");
    stub.state.down = false;
    await geocodePendingAddresses({ geocoder });
    expect(await db().producer.findUniqueOrThrow({ where: { id: producerId }, select: { lat: true } })).toEqual({
      lat: 45.6681,
    });
  });
});

describe("the producer directory", () => {
  it("sorts by distance from an address the admin types, and says when it cannot be placed", async () => {
    const { market, actor } = await marketWithAdmin();
    await db().place.updateMany({ where: { marketId: market.id }, data: CAPTIEUX });
    const owner = await loadActor((await createUser()).id);
    const make = (name: string, zipCode: string, city: string) =>
      createProducer({ actor: owner, input: { ...farm, name, zipCode, city }, geocoder });
    await make("Ferme de Grenoble", "38000", "Grenoble");
    await make("Ferme de Mions", "69780", "Mions");
    await make("Ferme de Bordeaux", "33000", "Bordeaux");
    const names = async (origin?: { lat: number; lng: number }) =>
      (await searchProducers({ actor, marketId: market.id, origin }))
        .map((p) => p.name)
        .filter((name) => name.startsWith("Ferme de "));

    // From the market's place, in Captieux.
    expect(await names()).toEqual(["Ferme de Bordeaux", "Ferme de Mions", "Ferme de Grenoble"]);
    const fromVenissieux = await directoryOrigin({
      actor,
      marketId: market.id,
      address: "12 rue Georges Lyvet 69200 Vénissieux",
      geocoder,
    });
    expect(fromVenissieux).toEqual({ lat: 45.6975, lng: 4.8867 });
    if (typeof fromVenissieux !== "object") throw new Error("not placed");
    expect(await names(fromVenissieux)).toEqual(["Ferme de Mions", "Ferme de Grenoble", "Ferme de Bordeaux"]);

    expect(await directoryOrigin({ actor, marketId: market.id, address: "Nulle-part", geocoder })).toBe("not-found");
    stub.state.down = true;
    expect(await directoryOrigin({ actor, marketId: market.id, address: "Bron", geocoder })).toBe("unreachable");

    const stranger = await loadActor((await createUser()).id);
    await expect(directoryOrigin({ actor: stranger, marketId: market.id, address: "Bron", geocoder })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );
  });
});
