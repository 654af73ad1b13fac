export const DUTY_SIGNUP_OPENS_DAYS_BEFORE = 60;
export const DUTY_INSTRUCTIONS_DAYS_BEFORE = 4;
export const DUTY_VACANCY_ALERT_DAYS_BEFORE = 7;

const DAY_MS = 24 * 3_600_000;

export function dutySignupOpen(pickupStartAt: Date, now: Date): boolean {
  return now.getTime() >= pickupStartAt.getTime() - DUTY_SIGNUP_OPENS_DAYS_BEFORE * DAY_MS && now < pickupStartAt;
}

export function daysBefore(pickupStartAt: Date, days: number): Date {
  return new Date(pickupStartAt.getTime() - days * DAY_MS);
}

export function daysAfter(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * DAY_MS);
}
