import { db, isUniqueViolation } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { shopperBalanceCents } from "../ledger/balances";
import { postTransaction } from "../ledger/post-transaction";
import { marketContactSelect } from "../notice/market-contact";
import { queuePaymentReversed } from "../notice/queue-payment-notices";
import { lockOrder } from "../order/lock-order";
import { followPayouts } from "../payout/reconcile-payouts";

// A payment recorded by mistake (wrong basket, wrong amount, a cheque that bounced) is never deleted: a
// REVERSAL transaction mirrors its entries, so the history shows both and every sum comes back to what it was,
// and the payment becomes REVERSED. Card payments are refunded to the card instead (refund-overpayment.ts).
// Twice is refused: the status change is the claim (a second reversal waits for the first and finds nothing
// to claim), and a transaction can be reversed only once (LedgerTransaction.reversesId is unique). The shopper,
// who may have been told of the payment, is told it no longer counts.
export async function reversePayment({
  actor,
  marketId,
  paymentId,
  now,
}: {
  actor: Actor;
  marketId: string;
  paymentId: string;
  now: Date;
}) {
  requireMarketRight(actor, marketId, "admin");
  try {
    return await db().$transaction(async (tx) => {
      const payment = await tx.payment.findFirst({
        where: { id: paymentId, marketId },
        select: {
          id: true,
          method: true,
          orderId: true,
          userId: true,
          amountCents: true,
          user: { select: { email: true, locale: true } },
          market: { select: { name: true, ...marketContactSelect } },
        },
      });
      if (!payment) throw new DomainError("NOT_FOUND");
      if (payment.method === "CARD") throw new DomainError("CARD_PAYMENT_NOT_REVERSIBLE");
      // A basket that loses a payment may take more of its shopper's card-funded credit, leaving less for the
      // later baskets (card-funded-credit.ts): their payouts follow, the basket locked first as everywhere.
      let payouts: Awaited<ReturnType<typeof followPayouts>> | null = null;
      if (payment.orderId) {
        await lockOrder(tx, payment.orderId);
        payouts = await followPayouts(tx, payment.orderId);
      }
      const claimed = await tx.payment.updateMany({
        where: { id: payment.id, status: "SUCCEEDED" },
        data: { status: "REVERSED" },
      });
      // Money recorded by an admin is SUCCEEDED from the start: nothing left to claim means it was reversed.
      if (claimed.count === 0) throw new DomainError("PAYMENT_ALREADY_REVERSED");
      const original = await tx.ledgerTransaction.findFirst({
        where: { paymentId: payment.id, kind: "PAYMENT", method: { not: null } },
        select: {
          id: true,
          method: true,
          reference: true,
          orderId: true,
          distributionId: true,
          entries: {
            select: {
              account: true,
              amountCents: true,
              userId: true,
              producerId: true,
              distributionId: true,
              orderId: true,
            },
          },
        },
      });
      if (!original) throw new DomainError("NOT_FOUND");
      const method = original.method!;
      await postTransaction(tx, {
        marketId,
        kind: "REVERSAL",
        method,
        reference: original.reference ?? undefined,
        orderId: original.orderId ?? undefined,
        distributionId: original.distributionId ?? undefined,
        paymentId: payment.id,
        reversesId: original.id,
        createdById: actor.userId,
        occurredAt: now,
        entries: original.entries.map((e) => ({
          account: e.account,
          amountCents: -e.amountCents,
          userId: e.userId ?? undefined,
          producerId: e.producerId ?? undefined,
          distributionId: e.distributionId ?? undefined,
          orderId: e.orderId ?? undefined,
        })),
      });
      await payouts?.afterChange(now);
      await queuePaymentReversed(tx, {
        paymentId: payment.id,
        user: payment.user,
        market: payment.market,
        amountCents: payment.amountCents,
        method,
        balanceCents: await shopperBalanceCents(tx, marketId, payment.userId),
      });
      return { orderId: payment.orderId, userId: payment.userId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("PAYMENT_ALREADY_REVERSED");
    throw error;
  }
}
