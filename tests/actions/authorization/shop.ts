import { expect } from "vitest";
import { db } from "@/lib/db/client";
import type { PersonalView } from "@/lib/domain/personal/get-personal-view";
import { entry, form, type Entry } from "./matrix";
import { basketOf } from "./rows";
import { ROLES, SIGNED_IN, type World } from "./world";

const SHOP = "lib/actions/shop.ts";
const BASKET = "app/api/basket/route.ts#POST";

// A basket change of the world's product, as the shop page's script sends it from the site's own page.
const basketChange = (world: World, change: { quantity: string; mode: "add" | "set" }) =>
  new Request("http://cabas.test/api/basket", {
    method: "POST",
    headers: { host: "cabas.test", origin: "http://cabas.test", "content-type": "application/json" },
    body: JSON.stringify({ distributionId: world.distribution.id, productId: world.product.id, ...change }),
  });

const userOf = (userId: string | null) => db().user.findUniqueOrThrow({ where: { id: userId! } });

const lineOf = (world: World, userId: string | null) =>
  db().orderLine.findFirst({
    where: { productId: world.product.id, order: { userId: userId!, distributionId: world.distribution.id } },
  });

const activeMember = async (world: World, userId: string | null) =>
  (await db().membership.count({ where: { marketId: world.market.id, userId: userId!, leftAt: null } })) === 1;

export const shopRows: Entry<unknown>[] = [
  // Ordering is open to every account: the first line makes the shopper a member of the market. The shop page's
  // script sends a basket change to its route (components/personal/basket-form.tsx).
  entry({
    target: BASKET,
    variant: "add",
    allowed: SIGNED_IN,
    sameWorld: true,
    input: { args: ({ world }) => [basketChange(world, { quantity: "1", mode: "add" })] },
    effect: async ({ world, userId }, answer) => {
      expect(await (answer as Response).json()).toMatchObject({ ok: true });
      expect((await lineOf(world, userId))?.quantity.toString()).toBe("1");
      expect(await activeMember(world, userId)).toBe(true);
    },
  }),
  entry({
    target: BASKET,
    variant: "set",
    allowed: SIGNED_IN,
    sameWorld: true,
    input: { args: ({ world }) => [basketChange(world, { quantity: "2", mode: "set" })] },
    effect: async ({ world, userId }) => expect((await lineOf(world, userId))?.quantity.toString()).toBe("2"),
  }),
  entry({
    target: `${SHOP}#confirmOrderAction`,
    allowed: ["member"],
    setup: (world) => basketOf(world, world.users.member.id),
    input: { form: ({ fixture: order }) => ({ orderId: order.id, method: "ON_SITE" }) },
    effect: async ({ fixture: order }, answer) => {
      // The world's market offers delivery help: choosing it comes next (seed 002 §III).
      expect(answer).toEqual({ location: `/retrait/${order.id}?confirmee=1` });
      const confirmed = await db().order.findUniqueOrThrow({ where: { id: order.id } });
      expect([confirmed.paymentMethod, confirmed.confirmedAt !== null]).toEqual(["ON_SITE", true]);
    },
  }),
  entry({
    target: `${SHOP}#updateProfileAction`,
    allowed: SIGNED_IN,
    sameWorld: true,
    input: { form: () => ({ firstName: "Ariane", lastName: "Nouveau", phone: "06 12 34 56 78" }) },
    effect: async ({ userId }) =>
      expect(await userOf(userId)).toMatchObject({ firstName: "Ariane", lastName: "Nouveau", phone: "06 12 34 56 78" }),
  }),
  entry({
    target: `${SHOP}#updateContactAction`,
    allowed: SIGNED_IN,
    sameWorld: true,
    input: {
      form: () => ({ phone: "05 56 00 00 00", address: "3 chemin des Vignes", zipCode: "33840", city: "Captieux" }),
    },
    effect: async ({ userId }) =>
      expect(await userOf(userId)).toMatchObject({ phone: "05 56 00 00 00", address: "3 chemin des Vignes" }),
  }),
  // Each market's messages can be turned off only where the person is a member: the market's id is ignored
  // for the others.
  entry({
    target: `${SHOP}#updateEmailPreferencesAction`,
    allowed: SIGNED_IN,
    sameWorld: true,
    input: { form: ({ world }) => ({ notifyReminder: "on", receiptByEmail: "on", messageMarkets: world.market.id }) },
    effect: async ({ world, userId }) => {
      expect(await userOf(userId)).toMatchObject({
        notifySaleOpening: false,
        notifyReminder: true,
        receiptByEmail: true,
      });
      const optOut = await db().messageOptOut.count({ where: { userId: userId!, marketId: world.market.id } });
      expect(optOut).toBe((await activeMember(world, userId)) ? 1 : 0);
    },
  }),
  entry({
    target: `${SHOP}#leaveMarketAction`,
    allowed: ["member", "admin", "referent"],
    refusals: ["NOT_A_MEMBER"],
    input: { form: ({ world }) => ({ marketId: world.market.id }) },
    effect: async ({ world, userId }) => expect(await activeMember(world, userId)).toBe(false),
  }),
  entry({
    target: `${SHOP}#joinMarketAction`,
    allowed: SIGNED_IN,
    // Already members: joining again changes nothing, and says so as a success.
    readOnly: (role) => role === "member" || role === "admin" || role === "referent",
    sameWorld: true,
    input: { form: ({ world }) => ({ marketId: world.market.id }) },
    effect: async ({ world, userId }) => expect(await activeMember(world, userId)).toBe(true),
  }),
];

// A public page's personal view (app/api/personal): whoever asks gets their own basket, and only theirs; a
// visitor gets nobody's (only the stock left, which is everybody's).
export const personalRows: Entry<unknown>[] = [
  entry({
    target: "app/api/personal/route.ts#GET",
    allowed: ROLES,
    readOnly: true,
    setup: (world) => basketOf(world, world.users.member.id),
    input: {
      route: () => ({}),
      query: ({ world }) => ({ distribution: world.distribution.id, stock: world.product.id }),
    },
    effect: async ({ role, fixture: order }, answer) => {
      const view = (await (answer as Response).json()) as PersonalView;
      expect(view.shop?.basket?.id ?? null).toBe(role === "member" ? order.id : null);
      expect(view.account === null).toBe(role === "anonymous");
    },
  }),
  // The home page's: the markets of whoever asks, and only theirs.
  entry({
    target: "app/api/personal/route.ts#GET",
    variant: "the home page",
    allowed: ROLES,
    readOnly: true,
    input: { route: () => ({}), query: () => ({ markets: "1" }) },
    effect: async ({ world, role, userId }, answer) => {
      const shown = ((await (answer as Response).json()) as PersonalView).markets.map((m) => m.id);
      const theirs = userId
        ? await db().membership.findMany({ where: { userId, leftAt: null }, select: { marketId: true } })
        : [];
      expect(shown.toSorted()).toEqual(theirs.map((m) => m.marketId).toSorted());
      if (role === "member") expect(shown).toContain(world.market.id);
      if (role === "anonymous") expect(shown).toEqual([]);
    },
  }),
];

export const preferenceRows: Entry<unknown>[] = [
  entry({
    target: "lib/actions/preferences.ts#setLocaleAction",
    allowed: ROLES,
    // A visitor's choice is only a cookie.
    readOnly: (role) => role === "anonymous",
    sameWorld: true,
    input: { args: () => [form({ locale: "en" })] },
    effect: async ({ userId }) => {
      if (userId) expect((await userOf(userId)).locale).toBe("en");
    },
  }),
];
