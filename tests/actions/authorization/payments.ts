import { expect } from "vitest";
import { db } from "@/lib/db/client";
import { recordOrderDebt } from "@/lib/domain/ledger/record-order-debt";
import { receivePayment } from "@/lib/domain/payment/receive-payment";
import { entry, type Entry } from "./matrix";
import { basketOf } from "./rows";
import type { World } from "./world";

const PAYMENTS = "lib/actions/payments.ts";

// The member paid 3 € on the spot for a basket that was then found to have nothing in it.
async function overpaidBasket(world: World) {
  const order = await basketOf(world, world.users.member.id, { method: "ON_SITE" });
  await db().$transaction(async (tx) => {
    await receivePayment(tx, {
      marketId: world.market.id,
      userId: world.users.member.id,
      orderId: order.id,
      method: "CASH",
      amountCents: 300,
      now: world.now,
    });
    await tx.orderLine.update({ where: { id: order.lines[0].id }, data: { deliveredQuantity: 0 } });
    await recordOrderDebt(tx, order.id, { label: "adjustment" });
  });
  return order;
}

// Card payments and payouts reach Stripe: the test file runs them against tests/support/fake-stripe.ts.
export const paymentRows: Entry<unknown>[] = [
  entry({
    target: `${PAYMENTS}#startCardCheckoutAction`,
    allowed: ["member"],
    setup: (world) => basketOf(world, world.users.member.id),
    input: { form: ({ fixture: order }) => ({ orderId: order.id }) },
    effect: async ({ fixture: order }, answer) => {
      const payment = await db().payment.findFirstOrThrow({ where: { orderId: order.id } });
      expect([payment.method, payment.status, payment.amountCents]).toEqual(["CARD", "PENDING", 300]);
      expect(answer).toEqual({ location: `http://fake-stripe.test/pay/${payment.stripeCheckoutSessionId}` });
    },
  }),
  entry({
    target: `${PAYMENTS}#refundOverpaymentAction`,
    allowed: ["admin"],
    setup: overpaidBasket,
    input: { form: ({ fixture: order }) => ({ orderId: order.id }) },
    effect: async ({ fixture: order }) => {
      const refunds = await db().refund.findMany({ where: { orderId: order.id } });
      expect(refunds.map((r) => [r.destination, r.amountCents])).toEqual([["BALANCE", 300]]);
    },
  }),
  // Only an owner: the account receives the producer's money.
  entry({
    target: `${PAYMENTS}#startStripeOnboardingAction`,
    allowed: ["producerOwner"],
    input: { form: ({ world }) => ({ producerId: world.producer.id }) },
    effect: async ({ world }, answer) => {
      const { stripeAccountId } = await db().producer.findUniqueOrThrow({ where: { id: world.producer.id } });
      expect(answer).toEqual({ location: `http://fake-stripe.test/onboard/${stripeAccountId}` });
    },
  }),
];
