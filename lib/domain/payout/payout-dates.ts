import { addDays, localDay } from "@/lib/time";

export const PAYOUT_DELAY_DAYS = 3;

// A producer's money for a validated distribution is available 3 days after validation (counted in the
// market's calendar days) and paid on the first Monday on or after that day.
export function payoutDates(validatedAt: Date, timeZone: string): { availableOn: string; paidOn: string } {
  const availableOn = addDays(localDay(validatedAt, timeZone), PAYOUT_DELAY_DAYS);
  const weekday = new Date(`${availableOn}T12:00:00Z`).getUTCDay(); // 0 = Sunday … 1 = Monday
  const daysToMonday = (8 - weekday) % 7;
  return { availableOn, paidOn: addDays(availableOn, daysToMonday) };
}
