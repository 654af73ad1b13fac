import { db } from "@/lib/db/client";
import { stripe, stripeConfigured } from "@/lib/payments/stripe";
import { type Actor } from "../access/actor";
import { distributionState } from "../distribution/distribution-state";
import { DomainError } from "../errors";
import { holdBasketForPayment } from "../order/confirm-basket";
import { orderMoney } from "./order-money";

// Pays an order (or what an edit added to it) by card through a Stripe Checkout Session (3-D Secure is
// Stripe's). The payment stays PENDING, out of the balance, until the webhook confirms it.
export async function startCardCheckout({
  actor,
  orderId,
  now,
  appUrl,
}: {
  actor: Actor;
  orderId: string;
  now: Date;
  appUrl: string;
}) {
  const order = await db().order.findFirst({
    where: { id: orderId, userId: actor.userId },
    select: {
      id: true,
      marketId: true,
      basketNumber: true,
      market: { select: { name: true, slug: true, paymentMethods: true } },
      distribution: {
        select: { ordersOpenAt: true, ordersCloseAt: true, pickupStartAt: true, validatedAt: true, cancelledAt: true },
      },
      user: { select: { email: true } },
    },
  });
  if (!order) throw new DomainError("NOT_FOUND");
  // Without Stripe's keys there is no card payment (the order page does not offer it either).
  if (!order.market.paymentMethods.includes("CARD") || !stripeConfigured())
    throw new DomainError("PAYMENT_METHOD_UNAVAILABLE");
  if (distributionState(order.distribution, now) !== "OPEN") throw new DomainError("ORDER_CLOSED");
  // A draft's lines are checked against the stock and held while the shopper pays: the amount is for them.
  await holdBasketForPayment({ orderId: order.id, now });
  const money = await orderMoney(db(), order.id);
  const dueCents = money.onlineChargeCents - money.netPaidCents;
  if (dueCents <= 0) throw new DomainError("NOTHING_TO_PAY");

  const payment = await db().payment.create({
    data: { marketId: order.marketId, userId: actor.userId, orderId: order.id, method: "CARD", amountCents: dueCents },
    select: { id: true },
  });
  const session = await stripe().checkout.sessions.create(
    {
      mode: "payment",
      customer_email: order.user.email,
      client_reference_id: payment.id,
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: "eur",
            unit_amount: dueCents,
            product_data: { name: `${order.market.name} — panier n° ${order.basketNumber}` },
          },
        },
      ],
      metadata: { paymentId: payment.id, orderId: order.id },
      success_url: `${appUrl}/compte?paiement=${payment.id}`,
      cancel_url: `${appUrl}/compte?paiement-annule=${payment.id}`,
    },
    { idempotencyKey: `checkout-${payment.id}` },
  );
  await db().payment.update({ where: { id: payment.id }, data: { stripeCheckoutSessionId: session.id } });
  return { paymentId: payment.id, url: session.url! };
}
