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
