import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { getMarketPoster } from "@/lib/domain/market-admin/market-poster";
import { createDistribution, createMarket, createMembership, createUser } from "../../support/factories";

const NOW = new Date("2026-11-26T10:00:00Z");

async function marketWithAdmin() {
  const market = await createMarket({ name: "Marché de Captieux" });
  const admin = await createUser();
  await createMembership(market.id, admin.id, { isAdmin: true });
  return { market, admin: await loadActor(admin.id) };
}

describe("the poster of a market's shared link", () => {
  it("announces the next pick-up still to come, at its place, skipping the cancelled and the validated", async () => {
    const { market, admin } = await marketWithAdmin();
    const hall = await db().place.create({
      data: { marketId: market.id, name: "Halle", address: "2 rue du Marché", zipCode: "33840", city: "Captieux" },
    });
    const validated = await createDistribution(market, { now: NOW, inDays: 1 });
    await db().distribution.update({ where: { id: validated.id }, data: { validatedAt: NOW } });
    const cancelled = await createDistribution(market, { now: NOW, inDays: 2 });
    await db().distribution.update({ where: { id: cancelled.id }, data: { cancelledAt: NOW } });
    const next = await createDistribution(market, { now: NOW, inDays: 9, placeId: hall.id });
    await createDistribution(market, { now: NOW, inDays: 16 });
    // Already over.
    await createDistribution(market, { now: NOW, inDays: -7 });

    const poster = await getMarketPoster({ actor: admin, marketId: market.id, now: NOW });
    expect(poster).toEqual({
      name: "Marché de Captieux",
      slug: market.slug,
      timeZone: market.timeZone,
      next: {
        pickupStartAt: next.pickupStartAt,
        pickupEndAt: next.pickupEndAt,
        place: { name: "Halle", address: "2 rue du Marché", zipCode: "33840", city: "Captieux" },
      },
    });
    // During the pick-up it is still the one to announce; once it is over, the next.
    expect(
      (await getMarketPoster({ actor: admin, marketId: market.id, now: next.pickupStartAt })).next?.place.name,
    ).toBe("Halle");
    expect((await getMarketPoster({ actor: admin, marketId: market.id, now: next.pickupEndAt })).next?.place.name).toBe(
      "Salle des fêtes",
    );
  });

  it("announces no date when none is planned", async () => {
    const { market, admin } = await marketWithAdmin();
    expect((await getMarketPoster({ actor: admin, marketId: market.id, now: NOW })).next).toBeNull();
  });

  it("is for those who may open the market's admin space: not a plain member, nor another market's admin", async () => {
    const { market } = await marketWithAdmin();
    const member = await createUser();
    await createMembership(market.id, member.id);
    const elsewhere = await marketWithAdmin();
    const catalogManager = await createUser();
    await createMembership(market.id, catalogManager.id, { canManageCatalogs: true });
    const ask = async (userId: string) =>
      getMarketPoster({ actor: await loadActor(userId), marketId: market.id, now: NOW });

    await expect(ask(member.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getMarketPoster({ actor: elsewhere.admin, marketId: market.id, now: NOW })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await ask(catalogManager.id)).name).toBe("Marché de Captieux");
    expect((await ask((await createUser({ isOperator: true })).id)).name).toBe("Marché de Captieux");
  });
});
