import { addDays, dayFromDate, zonedInstant } from "@/lib/time";

// Contact details of a delivery match are shown (in the app only) until the end of the day after the
// distribution in the market's time zone: time to deliver, and to call back about a forgotten item. From this
// instant on, nobody sees them, admins included. `day` is the distribution's calendar day in that zone.
export function deliveryContactsUntil(distribution: { day: Date }, timeZone: string): Date {
  return zonedInstant(addDays(dayFromDate(distribution.day), 2), 0, timeZone);
}

export function deliveryContactsVisible(distribution: { day: Date }, timeZone: string, now: Date): boolean {
  return now < deliveryContactsUntil(distribution, timeZone);
}
