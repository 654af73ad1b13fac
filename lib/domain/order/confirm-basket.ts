import type { PaymentMethod } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/db/client";
import { DomainError } from "../errors";
import { recordOrderDebt } from "../ledger/record-order-debt";
import { draftHoldEnd, recheckBasketStock, type StockCut } from "./basket-stock";
import { lockOrder } from "./lock-order";

export type Confirmation = { confirmed: boolean; cuts: StockCut[] };

// Makes a draft an order, in the caller's transaction: its lines are checked against the stock again (its hold
// may have lapsed), then it is confirmed and its debt written. Shared by the shopper's choice of an offline
// payment (confirm-order.ts) and the card payment Stripe confirms (settle-payment.ts). An order already
// confirmed is left as it is; a draft dropped at close, or one the check left empty, is not confirmed. Nor is a
// draft of a validated distribution that the close job never dropped (it failed on it, or has not run): the day
// was settled and its payouts computed without that basket, which nobody handed out, so a card payment settling
// now stays as credit, as for a dropped draft. Validation locks the drafts it passes over (validate-distribution.ts):
// it is read here once the draft is held.
export async function confirmBasket(
  tx: Tx,
  orderId: string,
  { method, now }: { method: PaymentMethod; now: Date },
): Promise<Confirmation> {
  const order = await lockBasket(tx, orderId);
  if (order.confirmedAt) return { confirmed: true, cuts: [] };
  if (order.droppedAt || order.distribution.validatedAt) return { confirmed: false, cuts: [] };
  const cuts = await recheckBasketStock(tx, orderId, { holdUntil: null });
  if ((await tx.orderLine.count({ where: { orderId } })) === 0) return { confirmed: false, cuts };
  await tx.order.update({ where: { id: orderId }, data: { confirmedAt: now, paymentMethod: method } });
  await recordOrderDebt(tx, orderId);
  return { confirmed: true, cuts };
}

// Before a draft is paid by card: its lines are checked and held again for the time it takes to pay, so the
// amount asked is for what the shopper will get. When the check changed the basket, the change is kept and
// the payment refused, so that the shopper sees the new basket before paying. An order already confirmed
// (a top-up) has nothing to check.
export async function holdBasketForPayment({ orderId, now }: { orderId: string; now: Date }) {
  const cuts = await db().$transaction(async (tx) => {
    const order = await lockBasket(tx, orderId);
    if (order.confirmedAt || order.droppedAt) return [];
    return recheckBasketStock(tx, orderId, { holdUntil: draftHoldEnd(now) });
  });
  if (cuts.length > 0) throw new DomainError("BASKET_CHANGED_BY_STOCK");
}

async function lockBasket(tx: Tx, orderId: string) {
  await lockOrder(tx, orderId);
  return tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { confirmedAt: true, droppedAt: true, distribution: { select: { validatedAt: true } } },
  });
}
