import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { shopperBalanceCents } from "../ledger/balances";
import { marketContactSelect } from "../notice/market-contact";
import { queuePaymentReceived } from "../notice/queue-payment-notices";
import { parsePaymentAmount, paymentReference } from "./payment-input";
import { receivePayment, type ReceivedMethod } from "./receive-payment";

export const TOP_UP_METHODS = ["CASH", "CHEQUE", "CARD_TERMINAL", "TRANSFER"] as const satisfies ReceivedMethod[];

// Money a member hands the market for their balance rather than for one basket (paying a debt, putting some
// credit aside): a payment without a basket. A former member may still pay what they owe. The member is
// e-mailed with the balance it leaves.
export async function recordTopUp({
  actor,
  marketId,
  userId,
  method,
  amount,
  reference,
  now,
}: {
  actor: Actor;
  marketId: string;
  userId: string;
  method: ReceivedMethod;
  amount: string;
  reference?: string;
  now: Date;
}) {
  requireMarketRight(actor, marketId, "admin");
  const amountCents = parsePaymentAmount(amount);
  const ref = paymentReference(reference);
  return db().$transaction(async (tx) => {
    const member = await tx.membership.findUnique({
      where: { marketId_userId: { marketId, userId } },
      select: {
        user: { select: { email: true, locale: true } },
        market: { select: { name: true, ...marketContactSelect } },
      },
    });
    if (!member) throw new DomainError("NOT_FOUND");
    const payment = await receivePayment(tx, {
      marketId,
      userId,
      method,
      amountCents,
      reference: ref,
      createdById: actor.userId,
      now,
    });
    const balanceCents = await shopperBalanceCents(tx, marketId, userId);
    await queuePaymentReceived(tx, {
      paymentId: payment.id,
      user: member.user,
      market: member.market,
      amountCents,
      method,
      basket: null,
      balanceCents,
    });
    return { paymentId: payment.id, balanceCents };
  });
}
