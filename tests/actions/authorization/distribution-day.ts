import { expect } from "vitest";
import { db } from "@/lib/db/client";
import { entry, type Entry } from "./matrix";
import { basketOf, startedDistribution } from "./rows";
import type { World } from "./world";

const DAY = "lib/actions/distribution-day.ts";
const ADMIN = "lib/actions/admin.ts";
const MONEY = "lib/actions/money.ts";

// The member's basket (3 €, to pay on the spot) at the world's distribution, whose referent is the world's; with
// `elsewhere`, at another distribution of the market, which the referent does not run.
async function dayBasket(world: World, { elsewhere = false, collected = false } = {}) {
  const order = await basketOf(world, world.users.member.id, {
    method: "ON_SITE",
    ...(elsewhere ? { distribution: await startedDistribution(world) } : {}),
  });
  if (collected) await db().order.update({ where: { id: order.id }, data: { collectedAt: world.now } });
  return order;
}

const orderOf = (id: string) => db().order.findUniqueOrThrow({ where: { id } });

const referentsOf = (world: World) =>
  db().distributionReferent.findMany({ where: { distributionId: world.distribution.id }, select: { userId: true } });

// The distribution day: its admins and the referents of that distribution run it; a referent is refused another
// distribution's baskets and what only admins record. Naming referents is the admins'.
export const dayRows: Entry<unknown>[] = [
  entry({
    target: `${DAY}#setBasketCollectedAction`,
    allowed: ["admin", "referent"],
    crossTenant: "market",
    setup: (world) => dayBasket(world),
    input: {
      form: ({ world, fixture: order }) => ({ marketId: world.market.id, orderId: order.id, collected: "true" }),
    },
    effect: async ({ fixture: order, userId }) =>
      expect(await orderOf(order.id)).toMatchObject({ collectedAt: expect.any(Date), collectedById: userId }),
  }),
  entry({
    target: `${DAY}#setBasketCollectedAction`,
    variant: "undone",
    allowed: ["admin", "referent"],
    crossTenant: "market",
    setup: (world) => dayBasket(world, { collected: true }),
    input: {
      form: ({ world, fixture: order }) => ({ marketId: world.market.id, orderId: order.id, collected: "false" }),
    },
    effect: async ({ fixture: order }) => expect((await orderOf(order.id)).collectedAt).toBeNull(),
  }),
  entry({
    target: `${DAY}#setBasketCollectedAction`,
    variant: "a basket of another distribution",
    allowed: ["admin"],
    setup: (world) => dayBasket(world, { elsewhere: true }),
    input: {
      form: ({ world, fixture: order }) => ({ marketId: world.market.id, orderId: order.id, collected: "true" }),
    },
    effect: async ({ fixture: order }) => expect((await orderOf(order.id)).collectedAt).not.toBeNull(),
  }),
  entry({
    target: `${ADMIN}#adjustBasketAction`,
    variant: "a basket of another distribution",
    allowed: ["admin"],
    setup: (world) => dayBasket(world, { elsewhere: true }),
    input: {
      form: ({ world, fixture: order }) => ({
        marketId: world.market.id,
        orderId: order.id,
        [`line-${order.lines[0].id}`]: "0",
      }),
    },
    effect: async ({ fixture: order }) => {
      const line = await db().orderLine.findUniqueOrThrow({ where: { id: order.lines[0].id } });
      expect(line.deliveredQuantity?.toString()).toBe("0");
    },
  }),
  entry({
    target: `${ADMIN}#validateBasketAction`,
    variant: "a basket of another distribution",
    allowed: ["admin"],
    setup: (world) => dayBasket(world, { elsewhere: true }),
    input: {
      form: ({ world, fixture: order }) => ({ marketId: world.market.id, orderId: order.id, onSiteMethod: "CASH" }),
    },
    effect: async ({ fixture: order }) => expect((await orderOf(order.id)).validatedAt).not.toBeNull(),
  }),
  entry({
    target: `${MONEY}#recordPaymentAction`,
    variant: "a basket of another distribution",
    allowed: ["admin"],
    setup: (world) => dayBasket(world, { elsewhere: true }),
    input: {
      form: ({ world, fixture: order }) => ({
        marketId: world.market.id,
        orderId: order.id,
        method: "CASH",
        amount: "3",
      }),
    },
    effect: async ({ fixture: order }) =>
      expect(await db().payment.count({ where: { orderId: order.id, status: "SUCCEEDED" } })).toBe(1),
  }),
  // A transfer reaches the market's bank: the referent records only what goes into the till.
  entry({
    target: `${MONEY}#recordPaymentAction`,
    variant: "a transfer",
    allowed: ["admin"],
    setup: (world) => dayBasket(world),
    input: {
      form: ({ world, fixture: order }) => ({
        marketId: world.market.id,
        orderId: order.id,
        method: "TRANSFER",
        amount: "3",
        reference: "VIR CAMILLE",
      }),
    },
    effect: async ({ fixture: order }) =>
      expect(await db().payment.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({
        method: "TRANSFER",
        amountCents: 300,
      }),
  }),
  entry({
    target: `${DAY}#nameReferentAction`,
    allowed: ["admin"],
    crossTenant: "market",
    input: {
      form: ({ world }) => ({
        marketId: world.market.id,
        distributionId: world.distribution.id,
        userId: world.users.member.id,
      }),
    },
    effect: async ({ world }) =>
      expect((await referentsOf(world)).map((r) => r.userId).sort()).toEqual(
        [world.users.member.id, world.users.referent.id].sort(),
      ),
  }),
  entry({
    target: `${DAY}#removeReferentAction`,
    allowed: ["admin"],
    crossTenant: "market",
    input: {
      form: ({ world }) => ({
        marketId: world.market.id,
        distributionId: world.distribution.id,
        userId: world.users.referent.id,
      }),
    },
    effect: async ({ world }) => expect(await referentsOf(world)).toEqual([]),
  }),
];
