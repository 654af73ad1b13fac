import type { DayOperation, DayOperationType, OperationOf } from "@/lib/domain/distribution-day/day-operation";
import type { OfflineDay } from "./offline-day";
import { fromThousandths, lineTotalCents, toThousandths } from "./quantity";

type Basket = OfflineDay["baskets"][number];
type Reducer<T extends DayOperationType> = (basket: Basket, operation: OperationOf<T>) => Basket;

// What the screen shows before the server has answered: each waiting operation applied to the phone's copy, the
// way the server will apply it (apply-operation.ts). The server's answer then replaces the copy.
export function withOperations(day: OfflineDay, operations: DayOperation[]): OfflineDay {
  if (operations.length === 0) return day;
  const baskets = new Map(day.baskets.map((b) => [b.id, b]));
  for (const operation of operations) {
    const basket = baskets.get(operation.orderId);
    // Indexed by the operation's own type: the cast only forgets which member of the union it is.
    const reduce = LOCAL_REDUCERS[operation.type] as Reducer<DayOperationType> | undefined;
    if (basket && reduce) baskets.set(basket.id, reduce(basket, operation));
  }
  return { ...day, baskets: day.baskets.map((b) => baskets.get(b.id)!) };
}

// A line's delivered quantity; its version moves only when the quantity really changes, as on the server, so that
// a second edit of the same line made offline carries the version the first one will leave.
const adjust: Reducer<"adjust"> = (basket, op) => {
  const delivered = toThousandths(op.quantity);
  if (delivered === null) return basket;
  return withTotals({
    ...basket,
    lines: basket.lines.map((line) => {
      if (line.id !== op.lineId) return line;
      const deliveredQuantity = delivered === toThousandths(line.quantity) ? null : fromThousandths(delivered);
      if (deliveredQuantity === line.deliveredQuantity) return line;
      return {
        ...line,
        deliveredQuantity,
        deliveredVersion: line.deliveredVersion + 1,
        totalCents: lineTotalCents(delivered, line.unitPriceCents),
      };
    }),
  });
};

const payment: Reducer<"payment"> = (basket, op) =>
  withTotals({ ...basket, paidCents: basket.paidCents + op.amountCents });

// Validation takes what is still due with the method the referent saw (validate-basket.ts).
const validate: Reducer<"validate"> = (basket, op) => {
  if (basket.validatedAt) return basket;
  const due = basketDueCents(basket);
  return withTotals({
    ...basket,
    validatedAt: op.takenAt,
    onSiteMethod: op.onSiteMethod,
    paidCents: basket.paidCents + (basket.paymentMethod === "ON_SITE" && op.onSiteMethod ? due : 0),
  });
};

// One reducer per operation type; an operation without one shows no change until the server's copy comes back.
export const LOCAL_REDUCERS: { [T in DayOperationType]?: Reducer<T> } = { adjust, payment, validate };

function withTotals(basket: Basket): Basket {
  const totalCents = basket.lines.reduce((sum, line) => sum + line.totalCents, 0);
  return {
    ...basket,
    totalCents,
    refundDueCents: Math.max(0, basket.paidCents - basket.refundedCents - totalCents),
  };
}

// What the basket still owes, as far as the phone knows (payments less refunds, against its total).
export function basketDueCents(basket: Basket): number {
  return Math.max(0, basket.totalCents - (basket.paidCents - basket.refundedCents));
}
