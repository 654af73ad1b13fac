import { expect } from "vitest";
import { db } from "@/lib/db/client";
import { receivePayment } from "@/lib/domain/payment/receive-payment";
import { entry, type Entry } from "./matrix";
import { basketOf } from "./rows";
import type { World } from "./world";

const MONEY = "lib/actions/money.ts";
const admin = ["admin"] as const;

// The member's basket (3 €, to pay on the spot), unpaid.
const unpaidBasket = (world: World) => basketOf(world, world.users.member.id, { method: "ON_SITE" });

// The same basket, paid 3 € in cash.
async function paidBasket(world: World) {
  const order = await unpaidBasket(world);
  return db().$transaction((tx) =>
    receivePayment(tx, {
      marketId: world.market.id,
      userId: world.users.member.id,
      orderId: order.id,
      method: "CASH",
      amountCents: 300,
      now: world.now,
    }),
  );
}

const paymentsOf = (world: World) =>
  db().payment.findMany({
    where: { marketId: world.market.id, userId: world.users.member.id },
    select: { orderId: true, method: true, onSiteMethod: true, amountCents: true, status: true },
  });

// Money the market's admins record or correct on its members' accounts.
export const moneyRows: Entry<unknown>[] = [
  // Cash for a basket of the world's distribution, which the referent runs.
  entry({
    target: `${MONEY}#recordPaymentAction`,
    allowed: ["admin", "referent"],
    crossTenant: "market",
    setup: unpaidBasket,
    input: {
      form: ({ world, fixture: order }) => ({
        marketId: world.market.id,
        orderId: order.id,
        method: "CASH",
        amount: "3",
      }),
    },
    effect: async ({ world, fixture: order }) =>
      expect(await paymentsOf(world)).toEqual([
        { orderId: order.id, method: "ON_SITE", onSiteMethod: "CASH", amountCents: 300, status: "SUCCEEDED" },
      ]),
  }),
  entry({
    target: `${MONEY}#reversePaymentAction`,
    allowed: admin,
    crossTenant: "market",
    setup: paidBasket,
    input: { form: ({ world, fixture: payment }) => ({ marketId: world.market.id, paymentId: payment.id }) },
    effect: async ({ fixture: payment }) => {
      expect((await db().payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("REVERSED");
      expect(await db().ledgerTransaction.count({ where: { paymentId: payment.id, kind: "REVERSAL" } })).toBe(1);
    },
  }),
  entry({
    target: `${MONEY}#recordTopUpAction`,
    allowed: admin,
    crossTenant: "market",
    input: {
      form: ({ world }) => ({
        marketId: world.market.id,
        userId: world.users.member.id,
        method: "TRANSFER",
        amount: "5",
        reference: "VIR CAMILLE",
      }),
    },
    effect: async ({ world }) =>
      expect(await paymentsOf(world)).toEqual([
        { orderId: null, method: "TRANSFER", onSiteMethod: null, amountCents: 500, status: "SUCCEEDED" },
      ]),
  }),
  entry({
    target: `${MONEY}#adjustBalanceAction`,
    allowed: admin,
    crossTenant: "market",
    input: {
      form: ({ world }) => ({
        marketId: world.market.id,
        userId: world.users.member.id,
        direction: "CREDIT",
        reason: "GOODWILL",
        amount: "2",
        note: "œufs cassés",
      }),
    },
    effect: async ({ world }) => {
      const credit = await db().ledgerEntry.findFirstOrThrow({
        where: { userId: world.users.member.id, account: "SHOPPER", transaction: { kind: "BALANCE_CREDIT" } },
        select: { amountCents: true, transaction: { select: { label: true } } },
      });
      expect(credit).toEqual({ amountCents: 200, transaction: { label: "GOODWILL: œufs cassés" } });
    },
  }),
];
