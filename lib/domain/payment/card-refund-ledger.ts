import type { Tx } from "@/lib/db/client";
import { postTransaction } from "../ledger/post-transaction";
import { marketContactSelect } from "../notice/market-contact";
import { queueRefundIssued } from "../notice/queue-money-notices";

type RefundRow = { id: string; orderId: string; amountCents: number };
type Holder = { marketId: string; userId: string };

// A card refund asked of Stripe takes the amount off the shopper's account into « refunds in flight »; once
// Stripe settles it, it leaves the platform's Stripe balance; if Stripe fails it, the shopper gets it back.
export async function postCardRefundAsked(tx: Tx, refund: RefundRow, holder: Holder, now: Date) {
  await postTransaction(tx, {
    marketId: holder.marketId,
    kind: "REFUND",
    method: "CARD",
    orderId: refund.orderId,
    refundId: refund.id,
    occurredAt: now,
    entries: [
      { account: "SHOPPER", userId: holder.userId, orderId: refund.orderId, amountCents: -refund.amountCents },
      { account: "REFUNDS_IN_FLIGHT", orderId: refund.orderId, amountCents: refund.amountCents },
    ],
  });
}

// Which refund Stripe is talking about: its Stripe id once recorded, else ours, which every refund carries in
// its metadata (a notification can arrive before the answer to our own call is recorded; it then records it).
export type CardRefundKey = { stripeRefundId: string; refundId?: string } | { refundId: string };

// Ends a refund still in flight; a no-op for one already ended (replayed or out-of-order notifications).
export async function endCardRefund(
  tx: Tx,
  key: CardRefundKey,
  outcome: "SUCCEEDED" | "FAILED",
  now: Date,
): Promise<void> {
  const refund = await tx.refund.findFirst({
    where: {
      OR: [
        ...("stripeRefundId" in key ? [{ stripeRefundId: key.stripeRefundId }] : []),
        ...(key.refundId ? [{ id: key.refundId, stripeRefundId: null }] : []),
      ],
    },
    select: { id: true, orderId: true, amountCents: true, order: { select: { marketId: true, userId: true } } },
  });
  if (!refund) return;
  const ended = await tx.refund.updateMany({
    where: { id: refund.id, status: "PENDING" },
    data: {
      status: outcome,
      settledAt: outcome === "SUCCEEDED" ? now : null,
      ...("stripeRefundId" in key ? { stripeRefundId: key.stripeRefundId } : {}),
    },
  });
  if (ended.count === 0) return;
  const { orderId, amountCents } = refund;
  await postTransaction(tx, {
    marketId: refund.order.marketId,
    kind: outcome === "SUCCEEDED" ? "REFUND_SETTLED" : "REFUND_FAILED",
    method: "CARD",
    orderId,
    refundId: refund.id,
    occurredAt: now,
    entries: [
      { account: "REFUNDS_IN_FLIGHT", orderId, amountCents: -amountCents },
      outcome === "SUCCEEDED"
        ? { account: "PLATFORM_STRIPE", orderId, amountCents }
        : { account: "SHOPPER", userId: refund.order.userId, orderId, amountCents },
    ],
  });
  if (outcome === "SUCCEEDED") await queueCardRefundNotice(tx, refund.id);
}

// « Vous êtes remboursé·e », once Stripe took a card refund: queued once per refund, whoever records it first
// (our call's answer, or Stripe's notification).
export async function queueCardRefundNotice(tx: Tx, refundId: string) {
  const refund = await tx.refund.findUniqueOrThrow({
    where: { id: refundId },
    select: {
      amountCents: true,
      order: {
        select: {
          user: { select: { id: true, email: true, locale: true } },
          market: { select: { name: true, ...marketContactSelect } },
        },
      },
    },
  });
  await queueRefundIssued(tx, { refundKey: refundId, ...refund.order, amountCents: refund.amountCents, toCard: true });
}
