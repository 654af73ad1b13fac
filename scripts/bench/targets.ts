// Issue 15's targets, stated on the names of the bench's loads (scripts/bench/pages.ts and scripts/bench.ts).
import type { TargetRule, Verdict } from "./report";

export const ROUND_TRIP = "basket change round trip";
export const SERVER_TIME = "server time";

export const TARGETS: TargetRule[] = [
  {
    label: "every public page for a visitor: req/s ≥ 1.0 × the trivial route's, p97.5 ≤ 1.2 × its p97.5",
    applies: (name) => name.endsWith(", visitor"),
    holds: (_, share) => (share.throughput ?? 0) >= 1.0 && (share.p97_5 ?? Infinity) <= 1.2,
  },
  // A member's page is the visitor's plus its personal part: a view is both requests (report.ts, pageView).
  {
    label:
      "a signed-in member's shop page view (the page, then its personal part): views/s ≥ 0.5 × the trivial route's req/s",
    applies: (name) => name === "shop page, member: page view (page + personal part)",
    holds: (_, share) => (share.throughput ?? 0) >= 0.5,
  },
  {
    label: "basket change round trip at 20 shoppers: p97.5 < 150 ms",
    applies: (name) => name.startsWith(ROUND_TRIP),
    holds: (m) => (m.p97_5 ?? Infinity) < 150,
  },
  {
    label: "shop page server time on the 10,000-product market < 200 ms (first request, and p97.5 of those after)",
    applies: (name) => name.includes(SERVER_TIME),
    holds: (m) => (m.p97_5 ?? m.p50 ?? Infinity) < 200,
  },
];

export type LighthouseResult = {
  database: string;
  page: string;
  scores: {
    performance: number;
    accessibility: number;
    consoleErrors: string[];
    metaDescription: boolean;
    scriptBytes: number;
  };
};

// Lighthouse's targets on the market and shop pages; the JavaScript bound (100 KiB, Lighthouse's unit) is the
// shop's.
export function lighthouseVerdicts(results: LighthouseResult[]): Verdict[] {
  return results.map(({ database, page, scores: s }) => {
    const misses = [
      s.performance < 95 && `performance ${s.performance}`,
      s.accessibility < 100 && `accessibility ${s.accessibility}`,
      s.consoleErrors.length > 0 && `${s.consoleErrors.length} console error(s)`,
      !s.metaDescription && "no meta description",
      page.startsWith("shop") && s.scriptBytes > 100 * 1024 && `${Math.round(s.scriptBytes / 1024)} KiB of JavaScript`,
    ].filter((miss): miss is string => typeof miss === "string");
    return {
      database,
      label: `Lighthouse, ${page}: performance ≥ 95, accessibility 100, no console error, a meta description${page.startsWith("shop") ? ", ≤ 100 KiB of JavaScript" : ""}`,
      met: misses.length === 0,
      misses,
    };
  });
}
