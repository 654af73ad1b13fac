import { describe, expect, it } from "vitest";
import { distributionState, nextStateChange } from "@/lib/domain/distribution/distribution-state";

const d = {
  ordersOpenAt: new Date("2026-03-01T07:00:00Z"),
  ordersCloseAt: new Date("2026-03-09T18:00:00Z"),
  pickupStartAt: new Date("2026-03-10T18:00:00Z"),
  validatedAt: null,
  cancelledAt: null,
};

describe("distributionState", () => {
  it.each([
    ["before opening", "2026-03-01T06:59:59Z", "NOT_YET_OPEN"],
    ["at the opening instant", "2026-03-01T07:00:00Z", "OPEN"],
    ["one second before closing", "2026-03-09T17:59:59Z", "OPEN"],
    ["at the closing instant", "2026-03-09T18:00:00Z", "CLOSED"],
    ["between close and pick-up", "2026-03-10T12:00:00Z", "CLOSED"],
    ["once pick-up has started", "2026-03-10T18:00:00Z", "DISTRIBUTED"],
    ["days after pick-up", "2026-03-20T00:00:00Z", "DISTRIBUTED"],
  ])("%s → %s", (_label, now, expected) => {
    expect(distributionState(d, new Date(now))).toBe(expected);
  });

  it("is validated once validated, whatever the time", () => {
    expect(
      distributionState({ ...d, validatedAt: new Date("2026-03-10T20:00:00Z") }, new Date("2026-03-05T00:00:00Z")),
    ).toBe("VALIDATED");
  });

  it("is cancelled once cancelled, whatever the time: it takes no order", () => {
    expect(
      distributionState({ ...d, cancelledAt: new Date("2026-03-04T10:00:00Z") }, new Date("2026-03-05T00:00:00Z")),
    ).toBe("CANCELLED");
  });
});

describe("nextStateChange", () => {
  it.each([
    ["2026-02-20T00:00:00Z", "2026-03-01T07:00:00.000Z"],
    ["2026-03-01T07:00:00Z", "2026-03-09T18:00:00.000Z"],
    ["2026-03-09T18:00:00Z", "2026-03-10T18:00:00.000Z"],
    ["2026-03-10T18:00:00Z", null],
  ])("at %s → %s", (now, expected) => {
    expect(nextStateChange(d, new Date(now))?.toISOString() ?? null).toBe(expected);
  });

  it("has none once validated", () => {
    expect(
      nextStateChange({ ...d, validatedAt: new Date("2026-03-10T20:00:00Z") }, new Date("2026-02-20T00:00:00Z")),
    ).toBeNull();
  });

  it("has none once cancelled", () => {
    expect(
      nextStateChange({ ...d, cancelledAt: new Date("2026-03-04T10:00:00Z") }, new Date("2026-03-05T00:00:00Z")),
    ).toBeNull();
  });
});
