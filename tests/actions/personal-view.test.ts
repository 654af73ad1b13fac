import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { SIGNED_IN_HINT } from "@/lib/auth/signed-in-hint";
import type { FormState } from "@/lib/actions/form-state";
import type { PersonalView } from "@/lib/domain/personal/get-personal-view";
import { openSale, shopperWithBasket } from "../support/sale";

// A public page's personal view as the browser asks for it (app/api/personal) and as a basket change answers
// it, with the real session cookie decoded: only the request's cookies are stood in for.
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  cookies: async () => ({
    has: (name: string) => jar.has(name),
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
  headers: async () => new Headers(),
}));

const { GET } = await import("@/app/api/personal/route");
const { POST } = await import("@/app/api/basket/route");

const COOKIE = "authjs.session-token";
const signIn = async (user: { id: string; sessionVersion: number }, { maxAge }: { maxAge?: number } = {}) =>
  jar.set(
    COOKIE,
    await encode({
      token: { sub: user.id, sv: user.sessionVersion },
      secret: process.env.AUTH_SECRET!,
      salt: COOKIE,
      maxAge,
    }),
  );
const ask = async (query: string) => {
  const response = await GET(new Request(`http://cabas.test/api/personal?${query}`));
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("private, no-store");
  return (await response.json()) as PersonalView;
};

// A basket change as the shop page's script sends it (components/personal/basket-form.tsx), from `origin`.
const changeBasket = (change: Record<string, string>, origin = "http://cabas.test") =>
  POST(
    new Request("http://cabas.test/api/basket", {
      method: "POST",
      headers: { host: "cabas.test", origin, "content-type": "application/json" },
      body: JSON.stringify(change),
    }),
  );

beforeEach(() => jar.clear());

describe("GET /api/personal", () => {
  it("gives the signed-in shopper their basket and sets the sign-in hint; a stale session reads as a visitor's and drops it", async () => {
    const sale = await openSale({ now: new Date() });
    const eggs = await sale.product({ name: "Œufs", stock: 12 });
    const { user, orderId } = await shopperWithBasket(sale, eggs.id, "2", { now: new Date() });
    const query = `distribution=${sale.distribution.id}&stock=${eggs.id}`;

    await signIn(user);
    const shopper = await ask(query);
    expect(shopper.shop?.basket).toMatchObject({ id: orderId, lines: [{ productName: "Œufs", quantity: "2" }] });
    expect(shopper.stockLeft).toEqual({ [eggs.id]: "10" });
    expect(jar.get(SIGNED_IN_HINT)).toBe("1");

    // The password changed since this session was signed.
    await db().user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await ask(query)).toEqual({
      account: null,
      member: false,
      markets: [],
      marketBaskets: [],
      shop: null,
      stockLeft: { [eggs.id]: "10" },
    });
    expect(jar.has(SIGNED_IN_HINT)).toBe(false);
  });

  it("reads no session from a token the secret did not sign or that has expired", async () => {
    const sale = await openSale({ now: new Date() });
    const eggs = await sale.product({ stock: 12 });
    const { user } = await shopperWithBasket(sale, eggs.id, "1", { now: new Date() });
    const query = `distribution=${sale.distribution.id}`;
    jar.set(COOKIE, await encode({ token: { sub: user.id, sv: 0 }, secret: "another secret entirely", salt: COOKIE }));
    expect((await ask(query)).account).toBeNull();
    await signIn(user, { maxAge: -60 });
    expect((await ask(query)).account).toBeNull();
    await signIn(user);
    expect((await ask(query)).account).not.toBeNull();
  });

  it("answers a hand-made query with a visitor's view, never an error", async () => {
    const sale = await openSale({ now: new Date() });
    const eggs = await sale.product({ stock: 12 });
    for (const query of [
      "",
      "distribution=%00&stock=%00,%00",
      `distribution=${"x".repeat(10_000)}`,
      `distribution=${sale.distribution.id}&stock=${Array(5000).fill(eggs.id).join(",")}`,
      "market=&distribution=&stock=,,,",
      "stock[]=1&stock[]=2",
    ])
      expect((await ask(query)).account).toBeNull();
  });
});

describe("a basket change on a shop page", () => {
  it("answers with the shopper's basket as it is now and the stock left of the product: no second request", async () => {
    const sale = await openSale({ now: new Date() });
    const eggs = await sale.product({ name: "Œufs", priceCents: 290, stock: 12 });
    const bread = await sale.product({ name: "Pain", priceCents: 310 });
    const { user } = await shopperWithBasket(sale, bread.id, "1", { now: new Date() });
    await signIn(user);
    const change = { distributionId: sale.distribution.id, productId: eggs.id, quantity: "3", mode: "add" };

    const response = await changeBasket(change);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const answer = (await response.json()) as FormState;
    expect(answer).toMatchObject({ ok: true, message: "Ajouté au panier." });
    expect(answer.personal?.shop?.basket).toMatchObject({
      totalCents: 310 + 3 * 290,
      lines: [{ productName: "Pain" }, { productName: "Œufs", quantity: "3", totalCents: 870 }],
    });
    expect(answer.personal?.stockLeft).toEqual({ [eggs.id]: "9" });
  });

  it("is refused from another site, as a form, without a session or with a stale one, and changes nothing", async () => {
    const sale = await openSale({ now: new Date() });
    const bread = await sale.product({ name: "Pain", priceCents: 310 });
    const { user, orderId } = await shopperWithBasket(sale, bread.id, "1", { now: new Date() });
    const change = { distributionId: sale.distribution.id, productId: bread.id, quantity: "2", mode: "set" };
    await signIn(user);
    expect((await changeBasket(change, "https://evil.example")).status).toBe(403);
    const asForm = new Request("http://cabas.test/api/basket", {
      method: "POST",
      headers: { host: "cabas.test", origin: "http://cabas.test", "content-type": "text/plain" },
      body: JSON.stringify(change),
    });
    expect((await POST(asForm)).status).toBe(403);
    await db().user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    const stale = await changeBasket(change);
    expect(stale.status).toBe(401);
    expect(await stale.json()).toMatchObject({ error: "Vous n’avez pas le droit de faire cela." });
    jar.clear();
    expect((await changeBasket(change)).status).toBe(401);
    const line = await db().orderLine.findFirstOrThrow({ where: { orderId } });
    expect(line.quantity.toString()).toBe("1");
  });
});
