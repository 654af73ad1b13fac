import { describe, expect, it } from "vitest";
import { payoutDates } from "@/lib/domain/payout/payout-dates";
import { zonedInstant } from "@/lib/time";

const paris = (day: string, hh: number, mm = 0) => zonedInstant(day, hh * 60 + mm, "Europe/Paris");

describe("payoutDates", () => {
  it.each([
    // PRODUCT.md's two examples (seed 000).
    ["validated Sat 9 Sep", paris("2023-09-09", 20), "2023-09-12", "2023-09-18"],
    ["validated Wed 6 Sep", paris("2023-09-06", 20), "2023-09-09", "2023-09-11"],
    // Available on a Monday: paid that very Monday.
    ["validated Fri 8 Sep", paris("2023-09-08", 10), "2023-09-11", "2023-09-11"],
    // Late evening in Paris is already the next day in UTC terms only for the wall clock: Paris decides.
    ["validated Sat 9 Sep at 23:30 Paris (21:30 UTC)", paris("2023-09-09", 23, 30), "2023-09-12", "2023-09-18"],
    ["validated Sun 10 Sep at 00:30 Paris (Sat 22:30 UTC)", paris("2023-09-10", 0, 30), "2023-09-13", "2023-09-18"],
    // Across daylight-saving changes (29 March and 25 October 2026).
    ["validated Sat 28 Mar 2026, clocks go forward", paris("2026-03-28", 19), "2026-03-31", "2026-04-06"],
    ["validated Thu 26 Mar 2026 at 23:59", paris("2026-03-26", 23, 59), "2026-03-29", "2026-03-30"],
    ["validated Sat 24 Oct 2026, clocks go back", paris("2026-10-24", 19), "2026-10-27", "2026-11-02"],
    [
      "validated Sun 25 Oct 2026 at 00:30, the night clocks go back",
      paris("2026-10-25", 0, 30),
      "2026-10-28",
      "2026-11-02",
    ],
  ])("%s → available %s, paid %s", (_label, validatedAt, availableOn, paidOn) => {
    expect(payoutDates(validatedAt, "Europe/Paris")).toEqual({ availableOn, paidOn });
  });

  it("uses the market's time zone, not the server's", () => {
    // 03:00 UTC on Monday 4 Sep is still Sunday 3 Sep in Guadeloupe (UTC−4).
    const validatedAt = new Date("2023-09-04T03:00:00Z");
    expect(payoutDates(validatedAt, "America/Guadeloupe")).toEqual({ availableOn: "2023-09-06", paidOn: "2023-09-11" });
    expect(payoutDates(validatedAt, "Europe/Paris")).toEqual({ availableOn: "2023-09-07", paidOn: "2023-09-11" });
  });
});
