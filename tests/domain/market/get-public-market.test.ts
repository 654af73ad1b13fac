import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/domain/errors";
import { getPublicMarketOrThrow } from "@/lib/domain/market/get-public-market";
import {
  createDistribution,
  createMarket,
  createParticipation,
  createProducerWithCatalog,
} from "../../support/factories";

describe("getPublicMarketOrThrow", () => {
  it("lists upcoming distributions in order with their state and accepted producers only", async () => {
    const now = new Date("2026-05-04T18:00:00Z"); // 20:00 in Paris: tomorrow's sale closed at 19:00
    const market = await createMarket();
    const past = await createDistribution(market, { now, inDays: -2 });
    const open = await createDistribution(market, { now, inDays: 5 });
    const later = await createDistribution(market, { now, inDays: 20 });
    const closed = await createDistribution(market, { now, inDays: 1, placeId: (await addPlace(market.id)).id });
    const accepted = await createProducerWithCatalog("Ferme des Acceptés");
    const invited = await createProducerWithCatalog("Ferme des Invités");
    await createParticipation(open.id, accepted.catalog.id, "ACCEPTED");
    await createParticipation(open.id, invited.catalog.id, "INVITED");

    const page = await getPublicMarketOrThrow({ slug: market.slug, now });

    expect(page.distributions.map((d) => [d.id, d.state])).toEqual([
      [closed.id, "CLOSED"],
      [open.id, "OPEN"],
      [later.id, "NOT_YET_OPEN"],
    ]);
    expect(page.distributions.find((d) => d.id === past.id)).toBeUndefined();
    expect(page.distributions[1].producers.map((p) => p.name)).toEqual(["Ferme des Acceptés"]);
    expect(page.places).toHaveLength(2);
  });

  it("throws NOT_FOUND for an unknown slug", async () => {
    await expect(getPublicMarketOrThrow({ slug: "nulle-part", now: new Date() })).rejects.toEqual(
      new DomainError("NOT_FOUND"),
    );
  });
});

async function addPlace(marketId: string) {
  const { db } = await import("@/lib/db/client");
  return db().place.create({
    data: { marketId, name: "MJC", address: "2 rue du Stade", zipCode: "33840", city: "Captieux" },
  });
}
