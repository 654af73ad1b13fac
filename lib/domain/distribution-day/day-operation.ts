// What a referent does on the day screen, as an operation a phone can queue while offline and replay later
// (apply-operations.ts). Plain data, shared with the browser's queue (lib/offline): ids come from the phone
// (crypto.randomUUID) and make a replay harmless; `takenAt` is when the referent did it, by the phone's clock.

export const DAY_OPERATION_TYPES = ["adjust", "payment", "validate", "collect"] as const;
export type DayOperationType = (typeof DAY_OPERATION_TYPES)[number];

// Money taken at the stall (a transfer or the balance are not recorded from the day screen).
export const DAY_PAYMENT_METHODS = ["CASH", "CHEQUE", "CARD_TERMINAL"] as const;
export type DayPaymentMethod = (typeof DAY_PAYMENT_METHODS)[number];

type Common = { id: string; takenAt: string; orderId: string };

export type DayOperation =
  // A line's delivered quantity (real weight, 0 for a missing item), made on the line's `deliveredVersion`.
  | (Common & { type: "adjust"; lineId: string; quantity: string; version: number })
  // Money received for the basket: a fact, kept even beyond what the basket owes (two referents may both have
  // taken it; validation gives back the excess).
  | (Common & { type: "payment"; method: DayPaymentMethod; amountCents: number })
  | (Common & { type: "validate"; onSiteMethod: DayPaymentMethod | null })
  // The shopper took the basket away (« retiré »), or a mistaken tap undone.
  | (Common & { type: "collect"; collected: boolean });

export type OperationOf<T extends DayOperationType> = Extract<DayOperation, { type: T }>;

export type OperationResult =
  | { id: string; status: "applied" | "already_applied" }
  // A quantity edit made on an older version of the line: not applied; what the line holds now, to redo it.
  | { id: string; status: "conflict"; current: { quantity: string; version: number } }
  | { id: string; status: "refused"; code: string };
