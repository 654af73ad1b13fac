import type { OnSiteMethod } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { queueBasketValidated } from "../notice/queue-money-notices";
import { orderMoney } from "../payment/order-money";
import { receivePayment } from "../payment/receive-payment";

// Validating a basket settles it: an on-the-spot payment is recorded with the method the referent saw (cash,
// cheque, card terminal) — refused without one — and the basket is marked delivered.
export async function validateBasket({
  actor,
  marketId,
  orderId,
  onSiteMethod,
  now,
}: {
  actor: Actor;
  marketId: string;
  orderId: string;
  onSiteMethod: OnSiteMethod | null;
  now: Date;
}) {
  requireMarketRight(actor, marketId, "admin");
  await db().$transaction(async (tx) => {
    const order = await tx.order.findFirst({
      where: { id: orderId, marketId },
      select: { id: true, validatedAt: true, paymentMethod: true, distribution: { select: { pickupStartAt: true } } },
    });
    if (!order) throw new DomainError("NOT_FOUND");
    if (order.validatedAt) throw new DomainError("BASKET_ALREADY_VALIDATED");
    if (order.distribution.pickupStartAt > now) throw new DomainError("DISTRIBUTION_NOT_STARTED");
    if (order.paymentMethod === "ON_SITE" && !onSiteMethod)
      throw new DomainError("ON_SITE_METHOD_REQUIRED", "onSiteMethod");
    await settleBasket(tx, order.id, { actorId: actor.userId, onSiteMethod, now });
  });
}

// Shared by one basket and by « Valider la distribution ».
export async function settleBasket(
  tx: Tx,
  orderId: string,
  { actorId, onSiteMethod, now }: { actorId: string; onSiteMethod: OnSiteMethod | null; now: Date },
) {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      marketId: true,
      userId: true,
      paymentMethod: true,
      user: { select: { id: true, email: true, locale: true } },
      market: { select: { name: true } },
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
  await tx.order.update({ where: { id: orderId }, data: { validatedAt: now, validatedById: actorId, onSiteMethod } });
  await queueBasketValidated(tx, { orderId, user: order.user, market: order.market, totalCents: money.totalCents });
}
