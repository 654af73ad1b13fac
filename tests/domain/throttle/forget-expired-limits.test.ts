import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { forgetExpiredLimits } from "@/lib/domain/throttle/forget-expired-limits";
import { consume, usedPoints } from "@/lib/domain/throttle/limits";

describe("forgetExpiredLimits", () => {
  it("deletes the counters whose window is over and keeps the others", async () => {
    await consume("publicApiIp", "10.0.0.1");
    await consume("signUpIp", "10.0.0.1");
    // The public API's window is a minute, sign-ups' an hour.
    const { forgotten } = await forgetExpiredLimits({ now: new Date(Date.now() + 2 * 60_000) });
    expect(forgotten).toBe(1);
    expect(await db().rateLimit.count()).toBe(1);
    expect(await usedPoints("signUpIp", "10.0.0.1")).toBe(1);
    expect(await usedPoints("publicApiIp", "10.0.0.1")).toBe(0);
  });
});
