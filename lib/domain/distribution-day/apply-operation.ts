import type { Tx } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { DomainError } from "../errors";
import { lockOrder } from "../order/lock-order";
import { loadBasketDueCents } from "../payment/basket-due";
import { receivePayment } from "../payment/receive-payment";
import { queueBasketPaymentNotice } from "../payment/record-payment";
import { adjustBasketIn } from "./adjust-basket";
import type { DayOperationType, OperationOf } from "./day-operation";
import { setBasketCollectedIn } from "./set-basket-collected";
import { validateBasketIn } from "./validate-basket";

// Where one operation of the day screen's queue is applied (apply-operations.ts runs each in its own transaction,
// with the row that records it as applied).
export type OperationContext = {
  actor: Actor;
  marketId: string;
  distributionId: string;
  // When the referent did it: the phone's clock, never later than the server's.
  takenAt: Date;
};

// What is left to do once the operation's transaction has committed.
export type AppliedEffect = { cardRefundIds: string[] };

export type OperationApplier<T extends DayOperationType> = (
  tx: Tx,
  context: OperationContext,
  operation: OperationOf<T>,
) => Promise<AppliedEffect>;

// A quantity edit made on an older version of its line than the server's: nothing is written, and the referent
// is shown what the line holds now to redo it.
export class OperationConflict extends Error {
  constructor(readonly current: { quantity: string; version: number }) {
    super("OPERATION_CONFLICT");
    this.name = "OperationConflict";
  }
}

const NO_EFFECT: AppliedEffect = { cardRefundIds: [] };

// A confirmed basket of this distribution (an operation names only an order id, which must not reach another's).
async function basketOf(tx: Tx, context: OperationContext, orderId: string) {
  const order = await tx.order.findFirst({
    where: { id: orderId, distributionId: context.distributionId, confirmedAt: { not: null } },
    select: { id: true, marketId: true, userId: true, paymentMethod: true },
  });
  if (!order) throw new DomainError("NOT_FOUND");
  return order;
}

const applyAdjust: OperationApplier<"adjust"> = async (tx, context, op) => {
  await basketOf(tx, context, op.orderId);
  await lockOrder(tx, op.orderId);
  const line = await tx.orderLine.findFirst({
    where: { id: op.lineId, orderId: op.orderId },
    select: { quantity: true, deliveredQuantity: true, deliveredVersion: true },
  });
  if (!line) throw new DomainError("NOT_FOUND");
  if (line.deliveredVersion !== op.version)
    throw new OperationConflict({
      quantity: (line.deliveredQuantity ?? line.quantity).toString(),
      version: line.deliveredVersion,
    });
  // The same use case as the screen's own form, rules and rights included.
  const { cardRefundIds } = await adjustBasketIn(tx, {
    actor: context.actor,
    marketId: context.marketId,
    orderId: op.orderId,
    delivered: { [op.lineId]: op.quantity },
    now: context.takenAt,
  });
  return { cardRefundIds };
};

// Recorded as taken, at the time it was taken, even beyond what the basket still owes: the money is in the till.
const applyPayment: OperationApplier<"payment"> = async (tx, context, op) => {
  const order = await basketOf(tx, context, op.orderId);
  await lockOrder(tx, order.id);
  const payment = await receivePayment(tx, {
    marketId: order.marketId,
    userId: order.userId,
    orderId: order.id,
    method: op.method,
    amountCents: op.amountCents,
    createdById: context.actor.userId,
    now: context.takenAt,
  });
  await queueBasketPaymentNotice(tx, {
    paymentId: payment.id,
    orderId: order.id,
    method: op.method,
    amountCents: op.amountCents,
    dueCents: await loadBasketDueCents(tx, order),
  });
  return NO_EFFECT;
};

const applyValidate: OperationApplier<"validate"> = async (tx, context, op) => {
  await basketOf(tx, context, op.orderId);
  return validateBasketIn(tx, {
    actor: context.actor,
    marketId: context.marketId,
    orderId: op.orderId,
    onSiteMethod: op.onSiteMethod,
    now: context.takenAt,
  });
};

// « Retiré » keeps the first time it was marked, so a second referent's tap (or the same one replayed) changes
// nothing.
const applyCollect: OperationApplier<"collect"> = async (tx, context, op) => {
  await basketOf(tx, context, op.orderId);
  await setBasketCollectedIn(tx, {
    actor: context.actor,
    marketId: context.marketId,
    orderId: op.orderId,
    collected: op.collected,
    now: context.takenAt,
  });
  return NO_EFFECT;
};

// One applier per operation type; a type without one is answered « refused » (OPERATION_UNSUPPORTED).
export const OPERATION_APPLIERS: { [T in DayOperationType]?: OperationApplier<T> } = {
  adjust: applyAdjust,
  payment: applyPayment,
  validate: applyValidate,
  collect: applyCollect,
};
