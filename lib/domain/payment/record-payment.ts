import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { findDayOrderOrThrow } from "../distribution-day/day-order";
import { DomainError } from "../errors";
import { shopperBalanceCents } from "../ledger/balances";
import { marketContactSelect } from "../notice/market-contact";
import { followPayouts } from "../payout/reconcile-payouts";
import { queuePaymentReceived } from "../notice/queue-payment-notices";
import { loadBasketDueCents } from "./basket-due";
import { parsePaymentAmount, paymentReference } from "./payment-input";
import { receivePayment } from "./receive-payment";
import { TILL_RECORDED_METHODS } from "./record-payment-methods";

export const RECORDED_METHODS = ["CASH", "CHEQUE", "CARD_TERMINAL", "TRANSFER", "BALANCE"] as const;
export type RecordedMethod = (typeof RECORDED_METHODS)[number];

// An admin records money received for a basket: cash, a cheque or a card-terminal slip at the distribution, a
// transfer on the market's account (with the reference written on it), any part of what is still due — never
// more, so that a mistyped « 1250 » for « 12,50 » is refused (money beyond a basket goes onto the balance as a
// top-up, record-top-up.ts). « From the balance » moves no euro: see payFromBalance. The shopper is e-mailed.
// The distribution's referents record the till's methods for its baskets.
export async function recordPayment({
  actor,
  marketId,
  orderId,
  method,
  amount,
  reference,
  now,
}: {
  actor: Actor;
  marketId: string;
  orderId: string;
  method: RecordedMethod;
  amount: string;
  reference?: string;
  now: Date;
}) {
  const amountCents = method === "BALANCE" ? null : parsePaymentAmount(amount);
  const ref = paymentReference(reference);
  return db().$transaction(async (tx) => {
    const { byAdmin } = await findDayOrderOrThrow(tx, actor, { marketId, orderId });
    if (!byAdmin && !(TILL_RECORDED_METHODS as readonly string[]).includes(method)) throw new DomainError("FORBIDDEN");
    const paid = await payBasket(tx, {
      marketId,
      orderId,
      method,
      amountCents,
      reference: ref,
      actorId: actor.userId,
      now,
    });
    if (paid.paymentId) await queueBasketPaymentNotice(tx, { ...paid, paymentId: paid.paymentId, orderId, method });
    return paid;
  });
}

// The shopper's e-mail for money received for their basket, with what the basket still owes.
export async function queueBasketPaymentNotice(
  tx: Tx,
  p: { paymentId: string; orderId: string; method: RecordedMethod; amountCents: number; dueCents: number },
) {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: p.orderId },
    select: {
      basketNumber: true,
      user: { select: { email: true, locale: true } },
      market: { select: { name: true, ...marketContactSelect } },
    },
  });
  await queuePaymentReceived(tx, {
    paymentId: p.paymentId,
    user: order.user,
    market: order.market,
    amountCents: p.amountCents,
    method: p.method,
    basket: { basketNumber: order.basketNumber, dueCents: p.dueCents },
    balanceCents: 0,
  });
}

// Pays what a confirmed basket still owes, or `amountCents` of it, by `method`; shared with « Valider la
// distribution ». The basket's row is locked first, so two admins recording the same basket at once are
// served one after the other and the second sees what the first recorded.
export async function payBasket(
  tx: Tx,
  p: {
    marketId: string;
    orderId: string;
    method: RecordedMethod;
    amountCents: number | null;
    reference?: string;
    actorId: string;
    now: Date;
  },
): Promise<{ paymentId: string | null; amountCents: number; dueCents: number }> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Order" WHERE id = ${p.orderId} AND "marketId" = ${p.marketId} FOR UPDATE`;
  if (locked.length === 0) throw new DomainError("NOT_FOUND");
  const order = await tx.order.findUniqueOrThrow({
    where: { id: p.orderId },
    select: { id: true, marketId: true, userId: true, paymentMethod: true, confirmedAt: true },
  });
  if (!order.confirmedAt) throw new DomainError("BASKET_NOT_CONFIRMED");
  if (p.method === "BALANCE") {
    await payFromBalance(tx, order);
    return { paymentId: null, amountCents: 0, dueCents: 0 };
  }
  const dueCents = await loadBasketDueCents(tx, order);
  if (dueCents === 0) throw new DomainError("NOTHING_DUE");
  const amountCents = p.amountCents ?? dueCents;
  if (amountCents > dueCents) throw new DomainError("AMOUNT_ABOVE_DUE", "amount");
  // Money the market collects for the basket comes before card-funded credit (card-funded-credit.ts): the
  // credit it leaves unused goes to the shopper's later baskets, and Cabas counts less for this one.
  const payouts = await followPayouts(tx, order.id);
  const payment = await receivePayment(tx, {
    marketId: order.marketId,
    userId: order.userId,
    orderId: order.id,
    method: p.method,
    amountCents,
    reference: p.reference,
    createdById: p.actorId,
    now: p.now,
  });
  await payouts.afterChange(p.now);
  return { paymentId: payment.id, amountCents, dueCents: dueCents - amountCents };
}

// Paying a basket from the balance moves no euro: its debt is already on the shopper's account, and a balance
// at zero or above means the shopper's credit covers it. So it is refused while the balance is negative, and
// otherwise only marks the basket as paid from the balance, as the shopper's own choice at checkout does; it is
// re-checked like theirs (require-balance-covers.ts). A card-paid basket keeps its card: its refunds go there.
async function payFromBalance(
  tx: Tx,
  order: { id: string; marketId: string; userId: string; paymentMethod: string | null },
) {
  if (order.paymentMethod === "CARD") throw new DomainError("BALANCE_NOT_FOR_CARD", "method");
  if ((await shopperBalanceCents(tx, order.marketId, order.userId)) < 0)
    throw new DomainError("MEMBER_BALANCE_TOO_LOW", "method");
  await tx.order.update({ where: { id: order.id }, data: { paymentMethod: "BALANCE", onSiteMethod: null } });
}
