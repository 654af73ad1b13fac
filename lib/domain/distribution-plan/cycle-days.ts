import { addDays } from "@/lib/time";

export const MAX_CYCLE_DATES = 100;

type Frequency = "WEEKLY" | "BIWEEKLY" | "TRIWEEKLY" | "MONTHLY";

// The days of a cycle from its first day to its end day included. Monthly keeps the same n-th weekday
// (« le 2e mardi du mois »), skipping months that lack a 5th one.
export function cycleDays(frequency: Frequency, startDay: string, endDay: string): string[] {
  const days: string[] = [];
  if (frequency !== "MONTHLY") {
    const step = { WEEKLY: 7, BIWEEKLY: 14, TRIWEEKLY: 21 }[frequency];
    for (let day = startDay; day <= endDay; day = addDays(day, step)) {
      days.push(day);
      if (days.length > MAX_CYCLE_DATES) break;
    }
    return days;
  }
  const start = new Date(`${startDay}T12:00:00Z`);
  const weekday = start.getUTCDay();
  const nth = Math.floor((start.getUTCDate() - 1) / 7);
  for (let m = 0; days.length <= MAX_CYCLE_DATES; m++) {
    const first = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m, 1, 12));
    if (first.toISOString().slice(0, 10) > endDay) break;
    const date = 1 + ((weekday - first.getUTCDay() + 7) % 7) + nth * 7;
    const candidate = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), date, 12));
    if (candidate.getUTCMonth() !== first.getUTCMonth()) continue;
    const day = candidate.toISOString().slice(0, 10);
    if (day > endDay) break;
    days.push(day);
  }
  return days;
}
