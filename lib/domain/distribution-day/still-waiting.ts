// Seed 000 §7.3: « S'il reste des paniers 15 mn avant la fin de la distribution, téléphonez aux clients
// concernés ». Pure, so that the day screen can apply it on the phone as the clock runs.
export const CALL_MINUTES_BEFORE_END = 15;

export function callsStartAt(pickupEndAt: Date): Date {
  return new Date(pickupEndAt.getTime() - CALL_MINUTES_BEFORE_END * 60_000);
}

// The baskets nobody has taken yet (neither « retiré » nor validated), once it is time to call their shoppers;
// null before then.
export function stillWaiting<B extends { collectedAt: string | null; validatedAt: string | null }>(
  baskets: readonly B[],
  pickupEndAt: Date,
  now: Date,
): B[] | null {
  if (now < callsStartAt(pickupEndAt)) return null;
  return baskets.filter((b) => !b.collectedAt && !b.validatedAt);
}
