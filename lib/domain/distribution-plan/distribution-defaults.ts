import { addDays, localDay } from "@/lib/time";

// PRODUCT.md's defaults for a new one-off distribution: in 30 days, 19:00–20:00, orders open 10 days before at
// 08:00 and close 24 h before pick-up — all in the market's time zone.
export function defaultDistributionForm(now: Date, timeZone: string) {
  const day = addDays(localDay(now, timeZone), 30);
  return {
    day,
    pickupStart: "19:00",
    pickupEnd: "20:00",
    openDay: addDays(day, -10),
    openTime: "08:00",
    closeDay: addDays(day, -1),
    closeTime: "19:00",
  };
}

export function minutesOf(time: string): number {
  const [h, m] = time.split(":").map(Number);
  return h * 60 + m;
}
