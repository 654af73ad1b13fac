export type DistributionState = "NOT_YET_OPEN" | "OPEN" | "CLOSED" | "DISTRIBUTED" | "VALIDATED" | "CANCELLED";

type Timing = {
  ordersOpenAt: Date;
  ordersCloseAt: Date;
  pickupStartAt: Date;
  validatedAt: Date | null;
  cancelledAt: Date | null;
};

// Orders are accepted from the opening instant included to the closing instant excluded; once pick-up has
// started the distribution counts as distributed until a referent validates it. A cancelled one takes no
// order and is never distributed, whatever the clock says.
export function distributionState(d: Timing, now: Date): DistributionState {
  if (d.cancelledAt) return "CANCELLED";
  if (d.validatedAt) return "VALIDATED";
  const t = now.getTime();
  if (t < d.ordersOpenAt.getTime()) return "NOT_YET_OPEN";
  if (t < d.ordersCloseAt.getTime()) return "OPEN";
  if (t < d.pickupStartAt.getTime()) return "CLOSED";
  return "DISTRIBUTED";
}

// The next instant at which distributionState changes by itself (validation and cancellation are acts, not
// instants).
export function nextStateChange(d: Timing, now: Date): Date | null {
  if (d.validatedAt || d.cancelledAt) return null;
  return (
    [d.ordersOpenAt, d.ordersCloseAt, d.pickupStartAt].find((instant) => instant.getTime() > now.getTime()) ?? null
  );
}
