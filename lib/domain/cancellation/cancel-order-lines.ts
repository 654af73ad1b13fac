import type { Tx } from "@/lib/db/client";
import { recordOrderDebt } from "../ledger/record-order-debt";
import type { NoticeDistribution } from "../notice/distribution-notice-context";
import { queueBasketCancelled, type CancellationReason } from "../notice/queue-cancellation-notices";
import { releaseHeldStock } from "../order/basket-stock";
import { lockOrder } from "../order/lock-order";
import { refundExcess, type RefundsRecorded } from "../payment/refund-excess";
import { followPayouts } from "../payout/reconcile-payouts";

// Takes lines out of a basket for a reason that is not the shopper's (the distribution is cancelled, a producer
// left it): their managed stock goes back on sale, the basket's debt follows (ORDER entries), what was paid
// beyond what the basket still costs is given back — card payments to the card, the rest credited to the
// balance — and the shopper is told. A card basket keeps its online charge (weighed items at their maximum),
// as when the shopper lowers it. Returns the card refunds to send once the transaction has committed.
export async function cancelOrderLines(
  tx: Tx,
  orderId: string,
  {
    lineIds,
    distribution,
    reason,
    now,
  }: { lineIds: string[] | "ALL"; distribution: NoticeDistribution; reason: CancellationReason; now: Date },
): Promise<RefundsRecorded> {
  await lockOrder(tx, orderId);
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      basketNumber: true,
      paymentMethod: true,
      confirmedAt: true,
      user: { select: { id: true, email: true, locale: true } },
      lines: {
        where: lineIds === "ALL" ? {} : { id: { in: lineIds } },
        select: { id: true, productName: true },
        orderBy: { productName: "asc" },
      },
    },
  });
  if (order.lines.length === 0) return { cardRefundIds: [], toCardCents: 0, toBalanceCents: 0 };
  // The card money refunded may be credit that paid the shopper's later baskets.
  const payouts = await followPayouts(tx, orderId);
  // What each line holds: a draft whose hold lapsed already gave its stock back.
  await releaseHeldStock(
    tx,
    orderId,
    order.lines.map((l) => l.id),
  );
  await tx.orderLine.deleteMany({ where: { id: { in: order.lines.map((l) => l.id) } } });
  await recordOrderDebt(tx, orderId, { label: "cancellation" });
  const refunds = await refundExcess(tx, orderId, {
    keep: (money) => (order.paymentMethod === "CARD" ? money.onlineChargeCents : money.totalCents),
    toCard: true,
    remainderToBalance: true,
    now,
  });
  await payouts.afterChange(now);
  const left = await tx.orderLine.count({ where: { orderId } });
  await queueBasketCancelled(tx, {
    distribution,
    user: order.user,
    orderId,
    basketNumber: order.basketNumber,
    lineIds: order.lines.map((l) => l.id),
    products: order.lines.map((l) => l.productName),
    basketEmpty: left === 0,
    paidBack:
      refunds.toCardCents + refunds.toBalanceCents > 0
        ? "REFUNDED"
        : order.confirmedAt && order.paymentMethod === "BALANCE"
          ? "BALANCE"
          : null,
    reason,
  });
  return refunds;
}
