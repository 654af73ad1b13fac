// How long a draft basket holds the managed stock of its lines after its last change (basket-stock.ts). Apart
// from basket-stock.ts, which needs Prisma, so that the basket drawn in the browser can say it.
export const DRAFT_HOLD_MINUTES = 30;

export function draftHoldEnd(now: Date): Date {
  return new Date(now.getTime() + DRAFT_HOLD_MINUTES * 60_000);
}
