import { describe, expect, it } from "vitest";
import { addDays, localDay, zonedInstant } from "@/lib/time";

describe("market time", () => {
  it.each([
    ["2026-03-28", 19 * 60, "2026-03-28T18:00:00.000Z"], // winter time, UTC+1
    ["2026-03-29", 19 * 60, "2026-03-29T17:00:00.000Z"], // the day clocks go forward, UTC+2
    ["2026-10-25", 19 * 60, "2026-10-25T18:00:00.000Z"], // back to winter time
  ])("%s at %i min in Europe/Paris is %s", (day, minutes, iso) => {
    expect(zonedInstant(day, minutes, "Europe/Paris").toISOString()).toBe(iso);
  });

  it("finds the local day of an instant", () => {
    expect(localDay(new Date("2026-06-30T22:30:00Z"), "Europe/Paris")).toBe("2026-07-01");
    expect(localDay(new Date("2026-06-30T22:30:00Z"), "America/Guadeloupe")).toBe("2026-06-30");
  });

  it("adds days across month ends", () => {
    expect(addDays("2026-02-27", 3)).toBe("2026-03-02");
  });
});
