import { db } from "@/lib/db/client";
import { stripe } from "@/lib/payments/stripe";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { queueRefundIssued } from "../notice/queue-money-notices";
import { endCardRefund, postCardRefundAsked } from "./card-refund-ledger";
import { orderMoney } from "./order-money";

// After a basket is adjusted (missing item, real weight) the shopper gets back paid − new total: to the card
// when it was paid online (split across card payments, newest first), to the member balance otherwise. A
// refund to the balance moves no euro: the adjusted ORDER entry already credits the balance, so it is a
// Refund row for the history only. Card refunds are Stripe refunds with an idempotency key per order and
// amount already refunded, each written to the ledger (card-refund-ledger.ts).
export async function refundOverpayment({ actor, orderId, now }: { actor: Actor; orderId: string; now: Date }) {
  const order = await db().order.findUnique({ where: { id: orderId }, select: { marketId: true, validatedAt: true } });
  if (!order) throw new DomainError("NOT_FOUND");
  requireMarketRight(actor, order.marketId, "admin");
  if (order.validatedAt) throw new DomainError("BASKET_ALREADY_VALIDATED");
  return refundExcess(orderId, (money) => money.totalCents, now);
}

// While the sale is open, a shopper who lowers an order paid online gets the difference back on the card at
// once (what is kept is the online charge: variable weights stay at their maximum until weighed).
export async function settleOrderEdit({ actor, orderId, now }: { actor: Actor; orderId: string; now: Date }) {
  const order = await db().order.findFirst({
    where: { id: orderId, userId: actor.userId },
    select: { paymentMethod: true },
  });
  if (!order) throw new DomainError("NOT_FOUND");
  if (order.paymentMethod !== "CARD") return { refundedCents: 0, toCardCents: 0, toBalanceCents: 0 };
  return refundExcess(orderId, (money) => money.onlineChargeCents, now);
}

async function refundExcess(
  orderId: string,
  kept: (money: Awaited<ReturnType<typeof orderMoney>>) => number,
  now: Date,
) {
  const order = await db().order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      id: true,
      marketId: true,
      userId: true,
      user: { select: { id: true, email: true, locale: true } },
      market: { select: { name: true } },
    },
  });
  const money = await orderMoney(db(), orderId);
  let dueCents = money.netPaidCents - kept(money);
  if (dueCents <= 0) return { refundedCents: 0, toCardCents: 0, toBalanceCents: 0 };

  let toCardCents = 0;
  const cardPayments = money.payments
    .filter((p) => p.method === "CARD" && p.stripePaymentIntentId)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  for (const payment of cardPayments) {
    if (dueCents <= 0) break;
    const alreadyRefunded = money.refunds
      .filter((r) => r.paymentId === payment.id)
      .reduce((s, r) => s + r.amountCents, 0);
    const amount = Math.min(dueCents, payment.amountCents - alreadyRefunded);
    if (amount <= 0) continue;
    const refund = await stripe().refunds.create(
      { payment_intent: payment.stripePaymentIntentId!, amount, metadata: { orderId } },
      { idempotencyKey: `refund-${payment.id}-${alreadyRefunded}-${amount}` },
    );
    await db().$transaction(async (tx) => {
      const row = await tx.refund.create({
        data: {
          orderId,
          paymentId: payment.id,
          destination: "CARD",
          amountCents: amount,
          stripeRefundId: refund.id,
        },
        select: { id: true, orderId: true, amountCents: true },
      });
      await postCardRefundAsked(tx, row, order, now);
      if (refund.status === "succeeded") await endCardRefund(tx, refund.id, "SUCCEEDED", now);
      await queueRefundIssued(tx, {
        refundKey: row.id,
        user: order.user,
        market: order.market,
        amountCents: amount,
        toCard: true,
      });
    });
    toCardCents += amount;
    dueCents -= amount;
  }
  if (dueCents > 0) {
    const toBalance = dueCents;
    await db().$transaction(async (tx) => {
      const row = await tx.refund.create({
        data: { orderId, destination: "BALANCE", amountCents: toBalance, status: "SUCCEEDED", settledAt: now },
      });
      await queueRefundIssued(tx, {
        refundKey: row.id,
        user: order.user,
        market: order.market,
        amountCents: toBalance,
        toCard: false,
      });
    });
  }
  return { refundedCents: toCardCents + dueCents, toCardCents, toBalanceCents: dueCents };
}
