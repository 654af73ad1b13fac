import { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { DomainError } from "../errors";
import { recordOrderDebt } from "../ledger/record-order-debt";
import { lockOrder } from "../order/lock-order";
import { MAX_QUANTITY } from "../order/max-quantity";
import { orderMoney } from "../payment/order-money";
import { NO_REFUND, refundExcess } from "../payment/refund-excess";
import { sendCardRefunds } from "../payment/send-card-refunds";
import { followPayouts } from "../payout/reconcile-payouts";
import { findDayOrderOrThrow } from "./day-order";

export type RefundDestination = "CARD" | "BALANCE";

// « Mettre à jour » on distribution day: the delivered quantity of each line (0 for a missing item, the real
// weight for a weighed one), at most the 1 000 a line may be ordered with. Before the basket is validated,
// what was paid beyond the new total (`refundDueCents`) is refunded by its validation, or at once with
// « Rembourser ». Once validated, the difference is given back with the change, where the admin chose: to the
// card, or on the shopper's balance. The payouts already scheduled that depend on the basket follow the change:
// its distribution's, and those of its shopper's later baskets, which its card-funded credit may pay.
// The distribution's referents adjust its baskets until they are validated; what comes after is the admins'.
// One line's delivered quantity on the day screen is this with that line alone.
export async function adjustBasket(adjustment: Adjustment) {
  const { cardRefundIds, ...adjusted } = await db().$transaction((tx) => adjustBasketIn(tx, adjustment));
  await sendCardRefunds(cardRefundIds, adjustment.now);
  return adjusted;
}

type Adjustment = {
  actor: Actor;
  marketId: string;
  orderId: string;
  delivered: Record<string, string>;
  refundTo?: RefundDestination;
  now: Date;
};

// The adjustment inside the caller's transaction (the day screen's offline queue writes its applied operation in
// the same one): the caller sends the card refunds it returns once that transaction committed.
export async function adjustBasketIn(
  tx: Tx,
  { actor, marketId, orderId, delivered, refundTo = "CARD", now }: Adjustment,
) {
  const { byAdmin } = await findDayOrderOrThrow(tx, actor, { marketId, orderId });
  await lockOrder(tx, orderId);
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      id: true,
      validatedAt: true,
      distribution: { select: { cancelledAt: true } },
      lines: {
        select: {
          id: true,
          quantity: true,
          deliveredQuantity: true,
          product: { select: { bulk: true, variableWeight: true } },
        },
      },
    },
  });
  if (order.distribution.cancelledAt) throw new DomainError("DISTRIBUTION_CANCELLED");
  if (order.validatedAt && !byAdmin) throw new DomainError("BASKET_ALREADY_VALIDATED");
  // A line of another basket is not this basket's to change.
  const lineIds = new Set(order.lines.map((l) => l.id));
  if (Object.keys(delivered).some((id) => !lineIds.has(id))) throw new DomainError("NOT_FOUND");
  const payouts = await followPayouts(tx, order.id);
  for (const line of order.lines) {
    const text = delivered[line.id];
    if (text === undefined) continue;
    const cleaned = text.trim().replace(",", ".");
    if (!/^\d+(\.\d{1,3})?$/.test(cleaned)) throw new DomainError("QUANTITY_INVALID", `line-${line.id}`);
    const value = new Prisma.Decimal(cleaned);
    if (value.gt(MAX_QUANTITY)) throw new DomainError("QUANTITY_TOO_LARGE", `line-${line.id}`);
    if (!(line.product.bulk || line.product.variableWeight) && !value.isInteger())
      throw new DomainError("QUANTITY_WHOLE_ONLY", `line-${line.id}`);
    const deliveredQuantity = value.equals(line.quantity) ? null : value;
    if (sameQuantity(deliveredQuantity, line.deliveredQuantity)) continue;
    await tx.orderLine.update({
      where: { id: line.id },
      data: { deliveredQuantity, deliveredVersion: { increment: 1 } },
    });
  }
  await recordOrderDebt(tx, order.id, { label: "adjustment" });
  let refunds = NO_REFUND;
  if (order.validatedAt) {
    refunds = await refundExcess(tx, order.id, {
      keep: (money) => money.totalCents,
      toCard: refundTo === "CARD",
      remainderToBalance: true,
      now,
    });
  }
  await payouts.afterChange(now);
  const money = await orderMoney(tx, order.id);
  return {
    totalCents: money.totalCents,
    refundDueCents: Math.max(0, money.netPaidCents - money.totalCents),
    refundedToCardCents: refunds.toCardCents,
    creditedToBalanceCents: refunds.toBalanceCents,
    cardRefundIds: refunds.cardRefundIds,
  };
}

function sameQuantity(a: Prisma.Decimal | null, b: Prisma.Decimal | null): boolean {
  return a === null || b === null ? a === b : a.equals(b);
}
