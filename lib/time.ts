import { TZDate } from "@date-fns/tz";

export const DEFAULT_TIME_ZONE = "Europe/Paris";

// The instant at which the wall clock of `timeZone` shows `minutes` after midnight on `day` (YYYY-MM-DD).
export function zonedInstant(day: string, minutes: number, timeZone: string): Date {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, timeZone).getTime());
}

// `instant` in ISO 8601 with the offset of `timeZone` at that instant (2026-12-05T19:00:00.000+01:00): the
// wall-clock time there, and the instant itself.
export function zonedIsoString(instant: Date, timeZone: string): string {
  return new TZDate(instant.getTime(), timeZone).toISOString();
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

// A real calendar day written YYYY-MM-DD (« 2026-02-30 » is not one).
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = dateFromDay(text);
  return !Number.isNaN(date.getTime()) && dayFromDate(date) === text;
}

// Noon of a calendar day of `timeZone`, or `now` if that is earlier: when money recorded « paid on » that day
// moved, so that the day stays the same in any time zone near the market's and is never in the future.
export function noonOf(day: string, timeZone: string, now: Date): Date {
  const noon = zonedInstant(day, 12 * 60, timeZone);
  return noon < now ? noon : now;
}
