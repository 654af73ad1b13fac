export const SLOT_MINUTES = 15;

// The 15-minute slots across pick-up hours; the last one may have its own capacity (seed 002: 8 people per
// slot, 3 on the last one).
export function slotStarts(pickupStartAt: Date, pickupEndAt: Date): Date[] {
  const starts: Date[] = [];
  for (let t = pickupStartAt.getTime(); t + SLOT_MINUTES * 60_000 <= pickupEndAt.getTime(); t += SLOT_MINUTES * 60_000)
    starts.push(new Date(t));
  return starts;
}
