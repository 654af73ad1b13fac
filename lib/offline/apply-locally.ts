import type { DayOperation, DayOperationType, OperationOf } from "@/lib/domain/distribution-day/day-operation";
import type { OfflineDay } from "./offline-day";
import { fromThousandths, lineTotalCents, toThousandths } from "./quantity";

type Basket = OfflineDay["baskets"][number];
type Till = OfflineDay["till"];
type Reducer<T extends DayOperationType> = (basket: Basket, operation: OperationOf<T>) => Basket;

// What the screen shows before the server has answered: each waiting operation applied to the phone's copy, the
// way the server will apply it (apply-operation.ts), the till's totals included. The server's answer then
// replaces the copy.
export function withOperations(day: OfflineDay, operations: DayOperation[]): OfflineDay {
  if (operations.length === 0) return day;
  const baskets = new Map(day.baskets.map((b) => [b.id, b]));
  for (const operation of operations) {
    const basket = baskets.get(operation.orderId);
    // Indexed by the operation's own type: the cast only forgets which member of the union it is.
    const reduce = LOCAL_REDUCERS[operation.type] as Reducer<DayOperationType> | undefined;
    if (basket && reduce) baskets.set(basket.id, reduce(basket, operation));
  }
  const changed = day.baskets.map((b) => baskets.get(b.id)!);
  return { ...day, baskets: changed, till: withPayments(day.till, day.baskets, changed) };
}

// What the basket holds of its shopper's money as the copy says (paid less given back): the server's figures
// split it into what is still due and what is to give back.
const heldCents = (b: Basket) => b.totalCents - b.dueCents + b.refundDueCents;

function withHeld(basket: Basket, held: number): Basket {
  const totalCents = basket.lines.reduce((sum, line) => sum + line.totalCents, 0);
  return {
    ...basket,
    totalCents,
    dueCents: Math.max(0, totalCents - held),
    refundDueCents: Math.max(0, held - totalCents),
  };
}

// A line's delivered quantity; its version moves only when the quantity really changes, as on the server, so that
// a second edit of the same line made offline carries the version the first one will leave.
const adjust: Reducer<"adjust"> = (basket, op) => {
  const delivered = toThousandths(op.quantity);
  if (delivered === null) return basket;
  const held = heldCents(basket);
  return withHeld(
    {
      ...basket,
      lines: basket.lines.map((line) => {
        if (line.id !== op.lineId) return line;
        const deliveredQuantity = delivered === toThousandths(line.quantity) ? null : fromThousandths(delivered);
        if (deliveredQuantity === line.delivered) return line;
        return {
          ...line,
          delivered: deliveredQuantity,
          deliveredVersion: line.deliveredVersion + 1,
          totalCents: lineTotalCents(delivered, line.unitPriceCents),
        };
      }),
    },
    held,
  );
};

const paid = (basket: Basket, method: Basket["payments"][number]["method"], amountCents: number, at: string) =>
  withHeld({ ...basket, payments: [...basket.payments, { method, amountCents, at }] }, heldCents(basket) + amountCents);

const payment: Reducer<"payment"> = (basket, op) => paid(basket, op.method, op.amountCents, op.takenAt);

// Validation takes what is still due with the method the referent saw, gives back what was paid beyond the total,
// and marks the basket handed out if nobody did (validate-basket.ts).
const validate: Reducer<"validate"> = (basket, op) => {
  if (basket.validatedAt) return basket;
  const settled =
    basket.paymentMethod === "ON_SITE" && op.onSiteMethod && basket.dueCents > 0
      ? paid(basket, op.onSiteMethod, basket.dueCents, op.takenAt)
      : basket;
  return {
    ...settled,
    refundDueCents: 0,
    validatedAt: op.takenAt,
    collectedAt: basket.collectedAt ?? op.takenAt,
  };
};

// The first time it was marked is kept (set-basket-collected.ts).
const collect: Reducer<"collect"> = (basket, op) => {
  if (basket.validatedAt) return basket;
  if (!op.collected) return { ...basket, collectedAt: null };
  return { ...basket, collectedAt: basket.collectedAt ?? op.takenAt };
};

// One reducer per operation type; an operation without one shows no change until the server's copy comes back.
export const LOCAL_REDUCERS: { [T in DayOperationType]?: Reducer<T> } = { adjust, payment, validate, collect };

// The payments the operations added, counted in the till's totals by method.
function withPayments(till: Till, before: Basket[], after: Basket[]): Till {
  const added = new Map<string, number>();
  after.forEach((basket, i) => {
    for (const p of basket.payments.slice(before[i].payments.length))
      added.set(p.method, (added.get(p.method) ?? 0) + p.amountCents);
  });
  if (added.size === 0) return till;
  const byMethod = till.byMethod.map((m) => ({ ...m, cents: m.cents + (added.get(m.method) ?? 0) }));
  const tillAdded = [...added.values()].reduce((sum, cents) => sum + cents, 0);
  return { byMethod, tillCents: till.tillCents + tillAdded };
}
