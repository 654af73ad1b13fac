export type DistributionState = "NOT_YET_OPEN" | "OPEN" | "CLOSED" | "DISTRIBUTED" | "VALIDATED";

type Timing = { ordersOpenAt: Date; ordersCloseAt: Date; pickupStartAt: Date; validatedAt: Date | null };

// Orders are accepted from the opening instant included to the closing instant excluded; once pick-up has
// started the distribution counts as distributed until a referent validates it.
export function distributionState(d: Timing, now: Date): DistributionState {
  if (d.validatedAt) return "VALIDATED";
  const t = now.getTime();
  if (t < d.ordersOpenAt.getTime()) return "NOT_YET_OPEN";
  if (t < d.ordersCloseAt.getTime()) return "OPEN";
  if (t < d.pickupStartAt.getTime()) return "CLOSED";
  return "DISTRIBUTED";
}

// The next instant at which distributionState changes by itself (validation is an act, not an instant).
export function nextStateChange(d: Timing, now: Date): Date | null {
  if (d.validatedAt) return null;
  return (
    [d.ordersOpenAt, d.ordersCloseAt, d.pickupStartAt].find((instant) => instant.getTime() > now.getTime()) ?? null
  );
}
