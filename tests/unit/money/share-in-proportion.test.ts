import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shareInProportion } from "@/lib/domain/payout/online-collected";

describe("shareInProportion", () => {
  it("splits to the cent, largest remainders first", () => {
    const shares = shareInProportion(
      1464,
      new Map([
        ["farm", 624],
        ["bakery", 840],
      ]),
    );
    expect(Object.fromEntries(shares)).toEqual({ farm: 624, bakery: 840 });
    expect(
      Object.fromEntries(
        shareInProportion(
          100,
          new Map([
            ["a", 1],
            ["b", 1],
            ["c", 1],
          ]),
        ),
      ),
    ).toEqual({
      a: 34,
      b: 33,
      c: 33,
    });
    expect(Object.fromEntries(shareInProportion(0, new Map([["a", 5]])))).toEqual({ a: 0 });
  });

  it("always adds up to the amount, and no share passes its weight when the amount is at most their sum", () => {
    const weights = fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 1_000_000 }), {
      minKeys: 1,
      maxKeys: 6,
    });
    fc.assert(
      fc.property(weights, fc.double({ min: 0, max: 1, noNaN: true }), (dict, fraction) => {
        const map = new Map(Object.entries(dict));
        const total = [...map.values()].reduce((s, w) => s + w, 0);
        const amount = Math.floor(total * fraction);
        const shares = shareInProportion(amount, map);
        const sum = [...shares.values()].reduce((s, c) => s + c, 0);
        expect(sum).toBe(total === 0 ? 0 : amount);
        for (const [key, share] of shares) {
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(map.get(key)!);
        }
      }),
      { numRuns: 500 },
    );
  });
});
