import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { adjustBasket } from "@/lib/domain/distribution-day/adjust-basket";
import { getDayScreen } from "@/lib/domain/distribution-day/get-day-screen";
import { setBasketCollected } from "@/lib/domain/distribution-day/set-basket-collected";
import { validateBasket } from "@/lib/domain/distribution-day/validate-basket";
import { validateDistribution } from "@/lib/domain/distribution-day/validate-distribution";
import { DomainError } from "@/lib/domain/errors";
import { getAdminMarketOrThrow } from "@/lib/domain/market-admin/get-admin-market";
import { leaveMarket } from "@/lib/domain/membership/leave-market";
import { confirmOrder } from "@/lib/domain/order/confirm-order";
import { setBasketQuantity } from "@/lib/domain/order/set-basket-quantity";
import { recordPayment } from "@/lib/domain/payment/record-payment";
import { listReferents } from "@/lib/domain/referent/list-referents";
import { nameReferent } from "@/lib/domain/referent/name-referent";
import { removeReferent } from "@/lib/domain/referent/remove-referent";
import {
  createConfirmedOrderFor,
  createDistribution,
  createMarket,
  createMembership,
  createParticipation,
  createProducerWithCatalog,
  createProduct,
  createUser,
  payByCard,
  unbalancedTransactions,
} from "../../support/factories";

const ordering = new Date("2026-06-01T10:00:00Z");

// A market with two distributions; at the first, Zoé (on the spot) and Amina (by card) ordered a weighed squash and
// a loaf, and Louis left a draft. Camille is a member and a volunteer of the first distribution.
async function dayWorld() {
  const market = await createMarket({ paymentMethods: ["ON_SITE", "CARD"] });
  const distribution = await createDistribution(market, { now: ordering, inDays: 3 });
  const other = await createDistribution(market, {
    now: ordering,
    inDays: 10,
    placeId: (
      await db().place.create({ data: { marketId: market.id, name: "Halle", address: "a", zipCode: "1", city: "c" } })
    ).id,
  });
  const { producer, catalog } = await createProducerWithCatalog("Ferme des Pins");
  await db().catalogLink.create({ data: { catalogId: catalog.id, marketId: market.id } });
  await createParticipation(distribution.id, catalog.id);
  const squash = await createProduct(catalog.id, {
    name: "Courge",
    priceCents: 290,
    unit: "KG",
    variableWeight: true,
    step: 0.1,
  });
  const bread = await createProduct(catalog.id, { name: "Pain", priceCents: 420 });
  const admin = await createUser({ firstName: "Alix", lastName: "Admin" });
  await createMembership(market.id, admin.id, { isAdmin: true });
  const camille = await createUser({ firstName: "Camille", lastName: "Roux", phone: "06 11 22 33 44" });
  await createMembership(market.id, camille.id);
  const role = await db().dutyRole.create({ data: { marketId: market.id, name: "Accueil" } });
  await db().dutyShift.create({ data: { distributionId: distribution.id, roleId: role.id, userId: camille.id } });
  const basket = async (firstName: string, lastName: string, method: "ON_SITE" | "CARD" | null) => {
    const user = await createUser({ firstName, lastName, phone: `06 ${lastName.length}0 00 00 00` });
    await createMembership(market.id, user.id);
    const actor = await loadActor(user.id);
    const add = (productId: string, quantityText: string) =>
      setBasketQuantity({
        actor,
        distributionId: distribution.id,
        productId,
        quantityText,
        mode: "add",
        now: ordering,
      });
    const { orderId } = await add(squash.id, "2");
    await add(bread.id, "1");
    if (method === "ON_SITE") await confirmOrder({ actor, orderId, method, now: ordering });
    // Paid by card: the payment confirms the basket.
    if (method === "CARD") await payByCard({ id: orderId, marketId: market.id, userId: user.id }, 1000);
    return { user, orderId };
  };
  const zoe = await basket("Zoé", "Martin", "ON_SITE");
  const amina = await basket("Amina", "Benali", "CARD");
  const louis = await basket("Louis", "Perrin", null);
  return {
    market,
    distribution,
    other,
    producer,
    admin: await loadActor(admin.id),
    camille,
    zoe,
    amina,
    louis,
    during: new Date(distribution.pickupStartAt.getTime() + 10 * 60_000),
  };
}

describe("referents", () => {
  it("are named by an admin among the market's members, volunteers first, and can be removed", async () => {
    const w = await dayWorld();
    const ids = { marketId: w.market.id, distributionId: w.distribution.id };
    const people = await listReferents({ actor: w.admin, ...ids });
    expect(people.referents).toEqual([]);
    expect(people.volunteers).toEqual([{ userId: w.camille.id, name: "Camille Roux", role: "Accueil" }]);
    expect(people.members.map((m) => m.name)).toEqual(["Alix Admin", "Amina Benali", "Zoé Martin", "Louis Perrin"]);

    await nameReferent({ actor: w.admin, ...ids, userId: w.camille.id });
    await nameReferent({ actor: w.admin, ...ids, userId: w.camille.id });
    expect((await listReferents({ actor: w.admin, ...ids })).referents).toEqual([
      { userId: w.camille.id, name: "Camille Roux" },
    ]);
    // Consent: nobody is given a role in a market they did not join.
    const stranger = await createUser();
    await expect(nameReferent({ actor: w.admin, ...ids, userId: stranger.id })).rejects.toEqual(
      new DomainError("REFERENT_NOT_MEMBER", "userId"),
    );
    // Only admins name referents, a referent included.
    const referent = await loadActor(w.camille.id);
    await expect(nameReferent({ actor: referent, ...ids, userId: w.zoe.user.id })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );
    await expect(listReferents({ actor: referent, ...ids })).rejects.toEqual(new DomainError("FORBIDDEN"));

    await removeReferent({ actor: w.admin, ...ids, userId: w.camille.id });
    expect((await listReferents({ actor: w.admin, ...ids })).referents).toEqual([]);
  });

  it("run their distribution's day only, until removed or gone from the market", async () => {
    const w = await dayWorld();
    const ids = { marketId: w.market.id, distributionId: w.distribution.id };
    await nameReferent({ actor: w.admin, ...ids, userId: w.camille.id });
    const referent = await loadActor(w.camille.id);
    expect((await getDayScreen({ actor: referent, distributionId: w.distribution.id })).baskets).toHaveLength(2);
    // Nothing else: another distribution's day, the admin pages, another use case of the admins.
    await expect(getDayScreen({ actor: referent, distributionId: w.other.id })).rejects.toEqual(
      new DomainError("NOT_FOUND"),
    );
    await expect(getAdminMarketOrThrow({ actor: referent, marketId: w.market.id, now: w.during })).rejects.toEqual(
      new DomainError("NOT_FOUND"),
    );
    await expect(validateDistribution({ actor: referent, ...ids, unpaid: {}, now: w.during })).rejects.toEqual(
      new DomainError("FORBIDDEN"),
    );
    // A basket of another distribution is answered as one that does not exist.
    const { order: otherOrder } = await createConfirmedOrderFor(w.other);
    await expect(
      setBasketCollected({
        actor: referent,
        marketId: w.market.id,
        orderId: otherOrder.id,
        collected: true,
        now: w.during,
      }),
    ).rejects.toEqual(new DomainError("NOT_FOUND"));
    // A plain member runs no day at all.
    await expect(
      setBasketCollected({
        actor: await loadActor(w.zoe.user.id),
        marketId: w.market.id,
        orderId: w.zoe.orderId,
        collected: true,
        now: w.during,
      }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));

    // Rights are read on each request: removed, the referent is refused at once.
    await removeReferent({ actor: w.admin, ...ids, userId: w.camille.id });
    await expect(
      getDayScreen({ actor: await loadActor(w.camille.id), distributionId: w.distribution.id }),
    ).rejects.toEqual(new DomainError("NOT_FOUND"));
    // Named again, then gone from the market: refused too.
    await nameReferent({ actor: w.admin, ...ids, userId: w.camille.id });
    expect(
      await getDayScreen({ actor: await loadActor(w.camille.id), distributionId: w.distribution.id }),
    ).toBeTruthy();
    await leaveMarket({ actor: await loadActor(w.camille.id), marketId: w.market.id, now: w.during });
    await expect(
      getDayScreen({ actor: await loadActor(w.camille.id), distributionId: w.distribution.id }),
    ).rejects.toEqual(new DomainError("NOT_FOUND"));
  });
});

describe("the day screen", () => {
  it("reads every confirmed basket with its lines, money, slot and phone as one plain object", async () => {
    const w = await dayWorld();
    const slot = await db().pickupSlot.create({
      data: { distributionId: w.distribution.id, startsAt: w.distribution.pickupStartAt, capacity: 8 },
    });
    await db().slotBooking.create({ data: { slotId: slot.id, orderId: w.zoe.orderId, userId: w.zoe.user.id } });
    const day = await getDayScreen({ actor: w.admin, distributionId: w.distribution.id });
    expect(JSON.parse(JSON.stringify(day))).toEqual(day);
    expect(day.distribution).toMatchObject({
      id: w.distribution.id,
      marketId: w.market.id,
      timeZone: "Europe/Paris",
      basketMode: "BEFORE",
      pickupStartAt: w.distribution.pickupStartAt.toISOString(),
      validatedAt: null,
    });
    // Louis's draft is no order.
    expect(day.baskets.map((b) => [b.number, b.lastName, b.phone, b.paymentMethod, b.slotStartsAt])).toEqual([
      [1, "Martin", "06 60 00 00 00", "ON_SITE", w.distribution.pickupStartAt.toISOString()],
      [2, "Benali", "06 60 00 00 00", "CARD", null],
    ]);
    const [zoe, amina] = day.baskets;
    expect(zoe).toMatchObject({ totalCents: 1000, dueCents: 1000, refundDueCents: 0, payments: [], collectedAt: null });
    expect(zoe.lines).toEqual([
      expect.objectContaining({
        productName: "Courge",
        producer: "Ferme des Pins",
        unit: "KG",
        decimal: true,
        variableWeight: true,
        quantity: "2",
        delivered: null,
        unitPriceCents: 290,
        totalCents: 580,
      }),
      expect.objectContaining({ productName: "Pain", decimal: false, quantity: "1", totalCents: 420 }),
    ]);
    expect(amina).toMatchObject({ totalCents: 1000, dueCents: 0, refundDueCents: 0 });
    expect(amina.payments).toEqual([{ method: "CARD", amountCents: 1000, at: expect.any(String) }]);
    expect(day.till.byMethod.find((m) => m.method === "CARD")?.cents).toBe(1000);
  });

  it("lets a referent hand out, weigh, take cash and validate, the till and the ledger following, until the distribution is validated", async () => {
    const w = await dayWorld();
    const { marketId } = { marketId: w.market.id };
    await nameReferent({ actor: w.admin, marketId, distributionId: w.distribution.id, userId: w.camille.id });
    const referent = await loadActor(w.camille.id);
    const read = async () => getDayScreen({ actor: referent, distributionId: w.distribution.id });
    const zoeOf = async () => (await read()).baskets.find((b) => b.id === w.zoe.orderId)!;
    const aminaOf = async () => (await read()).baskets.find((b) => b.id === w.amina.orderId)!;

    // « Retiré », the same tap twice keeps the first time; undone, then again.
    const collect = (collected: boolean, now: Date, orderId = w.zoe.orderId) =>
      setBasketCollected({ actor: referent, marketId, orderId, collected, now });
    const later = new Date(w.during.getTime() + 60_000);
    await collect(true, w.during);
    await collect(true, later);
    expect((await zoeOf()).collectedAt).toBe(w.during.toISOString());
    await collect(false, later);
    expect((await zoeOf()).collectedAt).toBeNull();
    await collect(true, later);
    expect(await db().order.findUniqueOrThrow({ where: { id: w.zoe.orderId } })).toMatchObject({
      collectedAt: later,
      collectedById: w.camille.id,
    });

    // The real weight of the squash: 1,6 kg instead of 2.
    const squash = (await zoeOf()).lines.find((l) => l.productName === "Courge")!;
    await adjustBasket({
      actor: referent,
      marketId,
      orderId: w.zoe.orderId,
      delivered: { [squash.id]: "1,6" },
      now: later,
    });
    expect(await zoeOf()).toMatchObject({ totalCents: 464 + 420, dueCents: 884 });
    // A line of another basket cannot be changed through this one.
    const aminaSquash = (await aminaOf()).lines[0];
    await expect(
      adjustBasket({
        actor: referent,
        marketId,
        orderId: w.zoe.orderId,
        delivered: { [aminaSquash.id]: "0" },
        now: later,
      }),
    ).rejects.toEqual(new DomainError("NOT_FOUND"));

    // Cash into the till; a transfer is the admins' to record.
    await expect(
      recordPayment({
        actor: referent,
        marketId,
        orderId: w.zoe.orderId,
        method: "TRANSFER",
        amount: "8,84",
        now: later,
      }),
    ).rejects.toEqual(new DomainError("FORBIDDEN"));
    await recordPayment({
      actor: referent,
      marketId,
      orderId: w.zoe.orderId,
      method: "CASH",
      amount: "8,84",
      now: later,
    });
    const paid = await zoeOf();
    expect(paid).toMatchObject({ dueCents: 0, payments: [{ method: "CASH", amountCents: 884 }] });

    // Amina's bread is missing: what she paid beyond the new total is to refund, at validation.
    const bread = (await aminaOf()).lines.find((l) => l.productName === "Pain")!;
    await adjustBasket({
      actor: referent,
      marketId,
      orderId: w.amina.orderId,
      delivered: { [bread.id]: "0" },
      now: later,
    });
    expect(await aminaOf()).toMatchObject({ totalCents: 580, dueCents: 0, refundDueCents: 420 });

    await validateBasket({ actor: referent, marketId, orderId: w.zoe.orderId, onSiteMethod: "CASH", now: later });
    await validateBasket({ actor: referent, marketId, orderId: w.amina.orderId, onSiteMethod: null, now: later });
    const day = await read();
    expect(
      day.baskets.map((b) => [b.validatedAt !== null, b.collectedAt !== null, b.dueCents, b.refundDueCents]),
    ).toEqual([
      [true, true, 0, 0],
      [true, true, 0, 0],
    ]);
    expect(day.till.byMethod.find((m) => m.method === "CASH")?.cents).toBe(884);
    expect(day.till.tillCents).toBe(884);
    // Once validated, what changes is the admins'.
    await expect(collect(false, later)).rejects.toEqual(new DomainError("BASKET_ALREADY_VALIDATED"));
    await expect(
      adjustBasket({ actor: referent, marketId, orderId: w.zoe.orderId, delivered: { [squash.id]: "1" }, now: later }),
    ).rejects.toEqual(new DomainError("BASKET_ALREADY_VALIDATED"));
    expect(await unbalancedTransactions()).toEqual([]);

    await validateDistribution({ actor: w.admin, marketId, distributionId: w.distribution.id, unpaid: {}, now: later });
    await expect(
      getDayScreen({ actor: await loadActor(w.camille.id), distributionId: w.distribution.id }),
    ).rejects.toEqual(new DomainError("NOT_FOUND"));
    expect((await getDayScreen({ actor: w.admin, distributionId: w.distribution.id })).distribution.validatedAt).toBe(
      later.toISOString(),
    );
  });
});
