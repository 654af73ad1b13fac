import type { OnSiteMethod } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { DomainError } from "../errors";
import { marketContactSelect } from "../notice/market-contact";
import { queueBasketsValidated } from "../notice/queue-money-notices";
import { lockOrder } from "../order/lock-order";
import { requireNoCardRefundInFlight } from "../payment/card-refunds-in-flight";
import { orderMoney } from "../payment/order-money";
import { receivePayment } from "../payment/receive-payment";
import { refundExcess, type RefundsRecorded } from "../payment/refund-excess";
import { sendCardRefunds } from "../payment/send-card-refunds";
import { followPayouts } from "../payout/reconcile-payouts";
import { findDayOrderOrThrow } from "./day-order";

// Validating a basket settles it: an on-the-spot payment is recorded with the method the referent saw (cash,
// cheque, card terminal) — refused without one —, what was paid beyond its total is given back, and the basket
// is marked delivered, and handed out (« retiré ») if it was not marked so yet. The market's admins and the
// distribution's referents validate its baskets.
export async function validateBasket(validation: BasketValidation) {
  const refunds = await db().$transaction((tx) => validateBasketIn(tx, validation));
  await sendCardRefunds(refunds.cardRefundIds, validation.now);
}

type BasketValidation = {
  actor: Actor;
  marketId: string;
  orderId: string;
  onSiteMethod: OnSiteMethod | null;
  now: Date;
};

// One basket's validation inside the caller's transaction (the day screen's offline queue writes its applied
// operation in the same one): the caller sends the card refunds it returns once that transaction committed.
export async function validateBasketIn(
  tx: Tx,
  { actor, marketId, orderId, onSiteMethod, now }: BasketValidation,
): Promise<RefundsRecorded> {
  await findDayOrderOrThrow(tx, actor, { marketId, orderId });
  // Read under the lock: two phones validating the same basket at once are served one after the other, and the
  // second is told it is done.
  await lockOrder(tx, orderId);
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      id: true,
      validatedAt: true,
      collectedAt: true,
      paymentMethod: true,
      distribution: { select: { pickupStartAt: true, cancelledAt: true } },
    },
  });
  if (order.validatedAt) throw new DomainError("BASKET_ALREADY_VALIDATED");
  if (order.distribution.cancelledAt) throw new DomainError("DISTRIBUTION_CANCELLED");
  if (order.distribution.pickupStartAt > now) throw new DomainError("DISTRIBUTION_NOT_STARTED");
  if (order.paymentMethod === "ON_SITE" && !onSiteMethod)
    throw new DomainError("ON_SITE_METHOD_REQUIRED", "onSiteMethod");
  const settled = await settleBasket(tx, order.id, { actorId: actor.userId, onSiteMethod, now });
  if (!order.collectedAt)
    await tx.order.update({ where: { id: order.id }, data: { collectedAt: now, collectedById: actor.userId } });
  return settled;
}

// Shared by one basket and by « Valider la distribution », which send the card refunds it records once their
// transaction committed. Refused while a card refund of the basket is still in flight. An overpayment (paid −
// total: an adjustment, a weighed item charged at its maximum) goes back to the card first, the rest to the
// balance.
export async function settleBasket(
  tx: Tx,
  orderId: string,
  { actorId, onSiteMethod, now }: { actorId: string; onSiteMethod: OnSiteMethod | null; now: Date },
): Promise<RefundsRecorded> {
  await lockOrder(tx, orderId);
  await requireNoCardRefundInFlight(tx, { orderId });
  // Its distribution is not scheduled yet, but a later one of its shopper may be, paid by its card credit.
  const payouts = await followPayouts(tx, orderId);
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      marketId: true,
      userId: true,
      paymentMethod: true,
      user: { select: { id: true, email: true, locale: true, receiptByEmail: true } },
      market: { select: { name: true, ...marketContactSelect } },
    },
  });
  const money = await orderMoney(tx, orderId);
  if (order.paymentMethod === "ON_SITE" && onSiteMethod) {
    const due = money.totalCents - money.netPaidCents;
    if (due > 0)
      await receivePayment(tx, {
        marketId: order.marketId,
        userId: order.userId,
        orderId,
        method: onSiteMethod,
        amountCents: due,
        createdById: actorId,
        now,
      });
  }
  const refunds = await refundExcess(tx, orderId, {
    keep: (m) => m.totalCents,
    toCard: true,
    remainderToBalance: true,
    now,
  });
  await tx.order.update({ where: { id: orderId }, data: { validatedAt: now, validatedById: actorId, onSiteMethod } });
  await payouts.afterChange(now);
  await queueBasketsValidated(tx, order.market, [{ orderId, user: order.user, totalCents: money.totalCents }]);
  return refunds;
}
