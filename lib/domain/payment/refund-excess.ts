import type { Tx } from "@/lib/db/client";
import { marketContactSelect } from "../notice/market-contact";
import { queueRefundIssued } from "../notice/queue-money-notices";
import { lockOrder } from "../order/lock-order";
import { postCardRefundAsked } from "./card-refund-ledger";
import { orderMoney, type OrderMoney } from "./order-money";

export type RefundsRecorded = { cardRefundIds: string[]; toCardCents: number; toBalanceCents: number };

export const NO_REFUND: RefundsRecorded = { cardRefundIds: [], toCardCents: 0, toBalanceCents: 0 };

// Gives back what a basket was paid beyond what it keeps (`keep`), inside the caller's transaction, so that the
// change that freed the money and its refund commit together or not at all.
// - toCard: to the card first, across its card payments newest first, each refund at most what is left of its
//   payment. A card refund is only recorded here (a PENDING Refund row and its REFUND transaction); Stripe is
//   asked after the commit (send-card-refunds.ts), with the row's id as idempotency key, and a job asks again
//   for any that a crash left unsent.
// - remainderToBalance: what the card cannot take back is already on the shopper's balance (the ORDER entries
//   moved it), so its Refund row moves no euro: it records that the overpayment was given back, for the
//   history and for `netPaidCents`.
// The order is locked first: two refunds of one overpayment at once are served one after the other, and the
// second finds nothing left to give back.
export async function refundExcess(
  tx: Tx,
  orderId: string,
  {
    keep,
    toCard,
    remainderToBalance,
    now,
  }: { keep: (money: OrderMoney) => number; toCard: boolean; remainderToBalance: boolean; now: Date },
): Promise<RefundsRecorded> {
  await lockOrder(tx, orderId);
  const money = await orderMoney(tx, orderId);
  let dueCents = money.netPaidCents - keep(money);
  if (dueCents <= 0) return NO_REFUND;
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      marketId: true,
      userId: true,
      user: { select: { id: true, email: true, locale: true } },
      market: { select: { name: true, ...marketContactSelect } },
    },
  });

  const cardRefundIds: string[] = [];
  let toCardCents = 0;
  const cardPayments = toCard
    ? money.payments
        .filter((p) => p.method === "CARD" && p.stripePaymentIntentId)
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    : [];
  for (const payment of cardPayments) {
    if (dueCents <= 0) break;
    const alreadyRefunded = money.refunds
      .filter((r) => r.paymentId === payment.id)
      .reduce((s, r) => s + r.amountCents, 0);
    const amountCents = Math.min(dueCents, payment.amountCents - alreadyRefunded);
    if (amountCents <= 0) continue;
    const row = await tx.refund.create({
      data: { orderId, paymentId: payment.id, destination: "CARD", amountCents, createdAt: now },
      select: { id: true, orderId: true, amountCents: true },
    });
    await postCardRefundAsked(tx, row, order, now);
    cardRefundIds.push(row.id);
    toCardCents += amountCents;
    dueCents -= amountCents;
  }

  const toBalanceCents = remainderToBalance ? dueCents : 0;
  if (toBalanceCents > 0) {
    const row = await tx.refund.create({
      data: {
        orderId,
        destination: "BALANCE",
        amountCents: toBalanceCents,
        status: "SUCCEEDED",
        createdAt: now,
        settledAt: now,
      },
      select: { id: true },
    });
    await queueRefundIssued(tx, {
      refundKey: row.id,
      user: order.user,
      market: order.market,
      amountCents: toBalanceCents,
      toCard: false,
    });
  }
  return { cardRefundIds, toCardCents, toBalanceCents };
}
