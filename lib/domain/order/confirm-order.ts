import type { PaymentMethod } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { distributionState } from "../distribution/distribution-state";
import { DomainError } from "../errors";
import { recordOrderDebt } from "../ledger/record-order-debt";
import { requireBalanceCovers } from "../ledger/require-balance-covers";

// « Valider » then the payment choice. On the spot and by bank transfer the order is confirmed at once (the
// referent or the treasurer records the payment); a card payment is confirmed by Stripe's webhook instead.
// Confirming is what makes the basket an order: its debt is written then, never while it is a draft.
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
}) {
  const order = await db().order.findFirst({
    where: { id: orderId, userId: actor.userId },
    select: {
      id: true,
      marketId: true,
      market: { select: { paymentMethods: true } },
      distribution: {
        select: { ordersOpenAt: true, ordersCloseAt: true, pickupStartAt: true, validatedAt: true, cancelledAt: true },
      },
      _count: { select: { lines: true } },
    },
  });
  if (!order) throw new DomainError("NOT_FOUND");
  if (distributionState(order.distribution, now) !== "OPEN") throw new DomainError("ORDER_CLOSED");
  if (order._count.lines === 0) throw new DomainError("BASKET_EMPTY");
  if (!order.market.paymentMethods.includes(method)) throw new DomainError("PAYMENT_METHOD_UNAVAILABLE", "method");
  await db().$transaction(async (tx) => {
    await tx.order.update({ where: { id: order.id }, data: { paymentMethod: method, confirmedAt: now } });
    await recordOrderDebt(tx, order.id);
    // Paying from the balance moves no euro: the credit must cover the debt just recorded.
    if (method === "BALANCE") await requireBalanceCovers(tx, order.marketId, actor.userId, "method");
  });
}
