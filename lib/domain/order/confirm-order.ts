import type { PaymentMethod } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { distributionState } from "../distribution/distribution-state";
import { DomainError } from "../errors";
import { requireBalanceCovers } from "../ledger/require-balance-covers";
import type { StockCut } from "./basket-stock";
import { confirmBasket } from "./confirm-basket";
import { queueOrderConfirmation } from "../notice/queue-order-confirmation";

// « Valider » then the payment choice. On the spot and by bank transfer the order is confirmed at once (the
// referent or the treasurer records the payment); a card payment is confirmed by Stripe's webhook instead.
// Confirming is what makes the basket an order: its stock is checked again (lines cut to what is left are
// returned, for the shopper to see) and its debt is written then, never while it is a draft. On an order
// already confirmed, it changes the payment choice. `pickupChoices`: the sale offers pick-up slots or the market
// delivery help, which the shopper chooses next (seed 002 §III: « à la fin de commande il vous est demandé de
// choisir un statut »).
export async function confirmOrder({
  actor,
  orderId,
  method,
  now,
}: {
  actor: Actor;
  orderId: string;
  method: Exclude<PaymentMethod, "CARD">;
  now: Date;
}): Promise<{ cuts: StockCut[]; pickupChoices: boolean }> {
  const order = await db().order.findFirst({
    where: { id: orderId, userId: actor.userId },
    select: {
      id: true,
      marketId: true,
      confirmedAt: true,
      market: { select: { paymentMethods: true, deliveryHelpEnabled: true } },
      distribution: {
        select: {
          ordersOpenAt: true,
          ordersCloseAt: true,
          pickupStartAt: true,
          validatedAt: true,
          cancelledAt: true,
          slotsEnabled: true,
        },
      },
      _count: { select: { lines: true } },
    },
  });
  if (!order) throw new DomainError("NOT_FOUND");
  if (distributionState(order.distribution, now) !== "OPEN") throw new DomainError("ORDER_CLOSED");
  if (order._count.lines === 0) throw new DomainError("BASKET_EMPTY");
  if (!order.market.paymentMethods.includes(method)) throw new DomainError("PAYMENT_METHOD_UNAVAILABLE", "method");
  const outcome = await db().$transaction(async (tx) => {
    if (order.confirmedAt) await tx.order.update({ where: { id: order.id }, data: { paymentMethod: method } });
    const confirmation = await confirmBasket(tx, order.id, { method, now });
    // Paying from the balance moves no euro: the credit must cover the debt just recorded.
    if (confirmation.confirmed && method === "BALANCE")
      await requireBalanceCovers(tx, order.marketId, actor.userId, "method");
    if (confirmation.confirmed) await queueOrderConfirmation(tx, order.id);
    return confirmation;
  });
  // The check emptied the basket: what it removed is kept and shown, but there is nothing left to order.
  if (!outcome.confirmed) throw new DomainError("BASKET_SOLD_OUT");
  return { cuts: outcome.cuts, pickupChoices: order.distribution.slotsEnabled || order.market.deliveryHelpEnabled };
}
