import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findMarkets } from "@/lib/domain/market/find-markets";
import { distanceKm } from "@/lib/geo";

async function market(slug: string, city: string, zipCode: string, lat: number, lng: number) {
  return db().market.create({
    data: {
      slug,
      name: `Marché de ${city}`,
      places: { create: [{ name: "Salle", address: "1 rue", zipCode, city, lat, lng }] },
    },
  });
}

describe("findMarkets", () => {
  it("finds markets by town or postcode, and nearby ones, nearest first", async () => {
    await market("venissieux", "Vénissieux", "69200", 45.7123, 4.8811);
    await market("saint-priest", "Saint-Priest", "69800", 45.6966, 4.9434);
    await market("bordeaux", "Bordeaux", "33000", 44.8378, -0.5792);
    expect((await findMarkets({ query: "saint-priest" })).map((m) => m.slug)).toEqual(["saint-priest", "venissieux"]);
    expect((await findMarkets({ query: "69200" })).map((m) => m.slug)).toEqual(["venissieux", "saint-priest"]);
    expect((await findMarkets({ query: "bordeaux" })).map((m) => m.slug)).toEqual(["bordeaux"]);
    expect((await findMarkets({ query: "Marché de Bor" })).map((m) => m.slug)).toEqual(["bordeaux"]);
    expect(await findMarkets({ query: "x" })).toEqual([]);
  });

  it("measures distances on the sphere", () => {
    expect(Math.round(distanceKm({ lat: 48.8566, lng: 2.3522 }, { lat: 45.764, lng: 4.8357 }))).toBe(391); // Paris–Lyon as the crow flies
  });
});
