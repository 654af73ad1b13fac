import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/domain/access/actor";
import { releaseExpiredHolds } from "@/lib/domain/order/release-expired-holds";
import { getPersonalView, type PersonalRequest } from "@/lib/domain/personal/get-personal-view";
import {
  createDistribution,
  createMarket,
  createMembership,
  createParticipation,
  createProducerWithCatalog,
  createUser,
} from "../../support/factories";
import { addToBasket, openSale, SALE_NOW, shopperWithBasket } from "../../support/sale";

const view = (request: Omit<PersonalRequest, "now"> & { now?: Date }) => getPersonalView({ now: SALE_NOW, ...request });
const session = (user: { id: string; sessionVersion: number }) => ({
  userId: user.id,
  sessionVersion: user.sessionVersion,
});

describe("the stock left that a shop page shows live", () => {
  it("follows the baskets, for the offered products whose stock is managed only, for visitors too", async () => {
    const sale = await openSale();
    const eggs = await sale.product({ name: "Œufs", stock: 12 });
    const flour = await sale.product({ name: "Farine", unit: "KG", bulk: true, step: 0.5, stock: 2.5 });
    const bread = await sale.product({ name: "Pain" });
    const retired = await sale.product({ name: "Confiture", stock: 4, active: false });
    // A product of another producer, whose catalog does not take part in this sale.
    const { catalog } = await createProducerWithCatalog();
    await db().catalogLink.create({ data: { catalogId: catalog.id, marketId: sale.market.id } });
    const elsewhere = await db().product.create({
      data: { catalogId: catalog.id, name: "Miel", priceCents: 900, stock: 3 },
    });
    const ask = async () =>
      (
        await view({
          viewer: null,
          distributionId: sale.distribution.id,
          stockOf: [eggs.id, flour.id, bread.id, retired.id, elsewhere.id, "unknown"],
        })
      ).stockLeft;

    expect(await ask()).toEqual({ [eggs.id]: "12", [flour.id]: "2.5" });
    const { actor } = await shopperWithBasket(sale, eggs.id, "5");
    await addToBasket(actor, sale, flour.id, "2,5");
    expect(await ask()).toEqual({ [eggs.id]: "7", [flour.id]: "0" });
    await shopperWithBasket(sale, eggs.id, "7", { confirm: true });
    expect(await ask()).toEqual({ [eggs.id]: "0", [flour.id]: "0" });
  });

  it("reads nothing for a page without managed stock, nor for another sale's products or an unknown sale", async () => {
    const sale = await openSale();
    const eggs = await sale.product({ name: "Œufs", stock: 12 });
    expect((await view({ viewer: null, distributionId: sale.distribution.id, stockOf: [] })).stockLeft).toEqual({});
    // The same market's next sale, which this producer did not join.
    const next = await createDistribution(sale.market, { now: SALE_NOW, inDays: 11 });
    expect((await view({ viewer: null, distributionId: next.id, stockOf: [eggs.id] })).stockLeft).toEqual({});
    expect((await view({ viewer: null, distributionId: "unknown", stockOf: [eggs.id] })).stockLeft).toEqual({});
    await createParticipation(next.id, sale.catalog.id);
    expect((await view({ viewer: null, distributionId: next.id, stockOf: [eggs.id] })).stockLeft).toEqual({
      [eggs.id]: "12",
    });
  });
});

describe("what a public page shows of whoever is signed in", () => {
  it("gives a visitor nothing of anybody", async () => {
    const sale = await openSale();
    const eggs = await sale.product({ stock: 12 });
    await shopperWithBasket(sale, eggs.id, "2");
    expect(
      await view({ viewer: null, marketSlug: sale.market.slug, distributionId: sale.distribution.id, stockOf: [] }),
    ).toEqual({ account: null, member: false, markets: [], marketBaskets: [], shop: null, stockLeft: {} });
  });

  it("gives a shopper their own basket, its total and what the market still needs of them", async () => {
    const sale = await openSale();
    await db().market.update({ where: { id: sale.market.id }, data: { requireAddress: true } });
    const honey = await sale.product({ name: "Miel", priceCents: 850, stock: 10 });
    const flour = await sale.product({ name: "Farine", unit: "KG", bulk: true, step: 0.5, priceCents: 330 });
    const { user, actor, orderId } = await shopperWithBasket(sale, honey.id, "2", {
      user: { address: "1 rue des Lilas" },
    });
    await addToBasket(actor, sale, flour.id, "1,5");
    // Somebody else's basket in the same sale stays theirs.
    await shopperWithBasket(sale, honey.id, "1", { user: { address: "2 rue des Lilas" } });
    const { basketNumber } = await db().order.findUniqueOrThrow({ where: { id: orderId } });

    const shopper = await view({ viewer: session(user), distributionId: sale.distribution.id, stockOf: [honey.id] });
    expect(shopper).toEqual({
      account: { userId: user.id, admin: false, producer: false, operator: false, referent: false },
      member: false,
      markets: [],
      marketBaskets: [],
      shop: {
        open: true,
        missingFields: [],
        canOrder: true,
        basket: {
          id: orderId,
          basketNumber,
          confirmed: false,
          totalCents: 2 * 850 + 495,
          lines: [
            {
              productId: honey.id,
              productName: "Miel",
              quantity: "2",
              unit: { symbol: "", pack: null },
              totalCents: 1700,
              released: false,
            },
            {
              productId: flour.id,
              productName: "Farine",
              quantity: "1.5",
              unit: { symbol: "kg", pack: null },
              totalCents: 495,
              released: false,
            },
          ],
        },
      },
      stockLeft: { [honey.id]: "7" },
    });

    // Without the address the market asks for, the shopper may not order yet.
    await db().user.update({ where: { id: user.id }, data: { address: null } });
    const incomplete = await view({ viewer: session(user), distributionId: sale.distribution.id });
    expect(incomplete.shop).toMatchObject({ open: true, missingFields: ["address"], canOrder: false });
  });

  it("says when a draft's line no longer holds its stock, and that a sale no longer open takes no order", async () => {
    const sale = await openSale();
    const honey = await sale.product({ name: "Miel", stock: 10 });
    const { user } = await shopperWithBasket(sale, honey.id, "5");
    const later = new Date(SALE_NOW.getTime() + 60 * 60_000);
    await releaseExpiredHolds({ now: later });
    const lapsed = await view({ viewer: session(user), distributionId: sale.distribution.id, now: later });
    expect(lapsed.shop?.basket).toMatchObject({ confirmed: false, lines: [{ productName: "Miel", released: true }] });

    const closed = await view({
      viewer: session(user),
      distributionId: sale.distribution.id,
      now: sale.distribution.ordersCloseAt,
    });
    expect(closed.shop).toMatchObject({ open: false, canOrder: false });
  });

  it("tells the market page whether the person is a member, and the header which spaces they may open", async () => {
    const sale = await openSale();
    const member = await createUser();
    await createMembership(sale.market.id, member.id);
    const stranger = await createUser();
    const of = async (user: { id: string; sessionVersion: number }) =>
      view({ viewer: session(user), marketSlug: sale.market.slug });

    expect(await of(member)).toMatchObject({
      account: { userId: member.id, admin: false, producer: false, operator: false, referent: false },
      member: true,
    });
    // Named referent of the sale: the header leads to its day screen.
    await db().distributionReferent.create({ data: { distributionId: sale.distribution.id, userId: member.id } });
    expect((await of(member)).account).toMatchObject({ admin: false, referent: true });
    expect(await of(stranger)).toMatchObject({ member: false, shop: null });
    const admin = await db().user.findUniqueOrThrow({ where: { id: sale.admin.userId } });
    expect(await of(admin)).toMatchObject({ account: { admin: true, producer: false }, member: true });
    const farmer = await db().user.findUniqueOrThrow({ where: { id: sale.farmer.userId } });
    expect(await of(farmer)).toMatchObject({ account: { admin: false, producer: true }, member: false });
    const operator = await createUser({ isOperator: true });
    expect((await of(operator)).account).toEqual({
      userId: operator.id,
      admin: false,
      producer: false,
      operator: true,
      referent: false,
    });
  });

  it("lists the home page's markets of the person asking, in the order they joined, without those they left", async () => {
    const first = await createMarket({ name: "Marché du lundi" });
    const second = await createMarket({ name: "AMAP du jeudi" });
    const left = await createMarket();
    const someoneElses = await createMarket();
    const user = await createUser();
    await createMembership(first.id, user.id, { joinedAt: new Date("2026-01-01T00:00:00Z") });
    await createMembership(second.id, user.id, { joinedAt: new Date("2026-02-01T00:00:00Z") });
    await createMembership(left.id, user.id, { leftAt: SALE_NOW });
    await createMembership(someoneElses.id, (await createUser()).id);

    const home = await view({ viewer: session(user), myMarkets: true });
    expect(home.markets).toEqual([
      { id: first.id, slug: first.slug, name: "Marché du lundi" },
      { id: second.id, slug: second.slug, name: "AMAP du jeudi" },
    ]);
    // Not asked (another page), or nobody signed in: none.
    expect((await view({ viewer: session(user) })).markets).toEqual([]);
    expect((await view({ viewer: null, myMarkets: true })).markets).toEqual([]);
  });

  it("reads a session signed before a password change, or of a deleted account, as a visitor's", async () => {
    const sale = await openSale();
    const eggs = await sale.product({ stock: 12 });
    const { user } = await shopperWithBasket(sale, eggs.id, "2");
    const asked = { distributionId: sale.distribution.id, stockOf: [eggs.id] };
    expect((await view({ viewer: session(user), ...asked })).shop?.basket).not.toBeNull();

    await db().user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    const stale = await view({ viewer: session(user), ...asked });
    expect(stale).toEqual({
      account: null,
      member: false,
      markets: [],
      marketBaskets: [],
      shop: null,
      stockLeft: { [eggs.id]: "10" },
    });
    // A server action's actor has had its session checked already.
    expect((await view({ viewer: await loadActor(user.id), ...asked })).shop?.basket).not.toBeNull();

    await db().user.update({ where: { id: user.id }, data: { deletedAt: SALE_NOW } });
    const deleted = await view({ viewer: { userId: user.id, sessionVersion: user.sessionVersion + 1 }, ...asked });
    expect(deleted.account).toBeNull();
  });
});

describe("the market page's baskets (issue #20)", () => {
  it("lists the person's own baskets of the market's coming distributions, with their lines and units, and nobody else's", async () => {
    const sale = await openSale();
    const almonds = await sale.product({ name: "Amandes", unit: "KG", bulk: true, step: 0.1, priceCents: 1485 });
    const bread = await sale.product({ name: "Pain", priceCents: 420 });
    const { actor, user } = await shopperWithBasket(sale, almonds.id, "0,5");
    await addToBasket(actor, sale, bread.id, "2");
    await shopperWithBasket(sale, bread.id, "1"); // someone else's

    const mine = await view({ viewer: session(user), marketSlug: sale.market.slug });
    expect(mine.marketBaskets).toEqual([
      {
        id: expect.any(String),
        distributionId: sale.distribution.id,
        basketNumber: expect.any(Number),
        confirmed: false,
        totalCents: 743 + 840,
        lines: [
          { productName: "Amandes", quantity: "0.5", unit: { symbol: "kg", pack: null }, totalCents: 743 },
          { productName: "Pain", quantity: "2", unit: { symbol: "", pack: null }, totalCents: 840 },
        ],
      },
    ]);
    // Once the distribution is over, or for a visitor, there is none.
    const over = new Date(sale.distribution.pickupEndAt.getTime() + 1000);
    expect((await view({ viewer: session(user), marketSlug: sale.market.slug, now: over })).marketBaskets).toEqual([]);
    expect((await view({ viewer: null, marketSlug: sale.market.slug })).marketBaskets).toEqual([]);
  });
});
