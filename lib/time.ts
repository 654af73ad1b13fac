import { TZDate } from "@date-fns/tz";

export const DEFAULT_TIME_ZONE = "Europe/Paris";

// The instant at which the wall clock of `timeZone` shows `minutes` after midnight on `day` (YYYY-MM-DD).
export function zonedInstant(day: string, minutes: number, timeZone: string): Date {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, timeZone).getTime());
}

// The calendar day (YYYY-MM-DD) that `instant` falls on in `timeZone`.
export function localDay(instant: Date, timeZone: string): string {
  const local = new TZDate(instant.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

// A `@db.Date` column arrives as midnight UTC of that day.
export function dayFromDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function dateFromDay(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}
