import { describe, expect, it } from "vitest";
import {
  checkTargets,
  formatTable,
  type Measure,
  median,
  pageView,
  percentile,
  ratios,
  summarise,
  TRIVIAL,
} from "@/scripts/bench/report";
import { summariseReport } from "@/scripts/bench/lighthouse";
import { lighthouseVerdicts, TARGETS } from "@/scripts/bench/targets";

const measure = (name: string, throughput: number | null, p50: number, p97_5: number | null, failed = 0): Measure => ({
  name,
  throughput,
  p50,
  p97_5,
  failed,
  rounds: 3,
});

describe("npm run bench: figures", () => {
  it("takes the median of the rounds, each figure apart, and adds up the failures", () => {
    const summary = summarise("shop page, visitor", [
      { throughput: 300, p50: 90, p97_5: 400, failed: 0 },
      { throughput: 100, p50: 200, p97_5: 250, failed: 2 },
      { throughput: 200, p50: 100, p97_5: 300, failed: 1 },
    ]);
    expect(summary).toEqual(measure("shop page, visitor", 200, 100, 300, 3));
  });

  it("leaves out of the latencies a round where no request was answered, and shows none if no round had one", () => {
    const slow = summarise("market page, visitor", [
      { throughput: 0, p50: null, p97_5: null, failed: 0 },
      { throughput: 2, p50: 1900, p97_5: 1990, failed: 0 },
    ]);
    expect(slow).toMatchObject({ throughput: 1, p50: 1900, p97_5: 1990 });
    const none = summarise("market page, visitor", [{ throughput: 0, p50: null, p97_5: null, failed: 0 }]);
    expect(none).toMatchObject({ throughput: 0, p50: null, p97_5: null });
    expect(formatTable([{ database: "PostgreSQL", measures: [none] }])).toMatch(/\| +0 \| +— \| +— \|/);
  });

  it("takes the middle of an even number of values as the mean of the two in the middle", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it("takes percentiles by nearest rank", () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 97.5)).toBe(98);
    expect(percentile([7], 97.5)).toBe(7);
  });

  it("adds up a page and its personal part into views a second, with the failures of both and no latency", () => {
    const view = pageView("view", measure("page", 600, 50, 90, 1), { ...measure("part", 300, 80, 200, 2), rounds: 2 });
    expect(view).toEqual({ name: "view", throughput: 200, p50: null, p97_5: null, failed: 3, rounds: 2 });
    expect(pageView("view", measure("page", 600, 50, 90), measure("part", 0, 0, null)).throughput).toBe(0);
    expect(() => pageView("view", measure("page", 600, 50, 90), measure("alone", null, 80, null))).toThrow();
  });

  it("compares a load with the trivial route: its share of the throughput, its p97.5 over the trivial one's", () => {
    const trivial = measure(TRIVIAL, 500, 50, 100);
    expect(ratios(measure("page", 250, 80, 150), trivial)).toEqual({ throughput: 0.5, p97_5: 1.5 });
    expect(ratios(measure("alone", null, 80, null), trivial)).toEqual({ throughput: null, p97_5: null });
    expect(ratios(measure("page", 250, 80, 150), undefined)).toEqual({ throughput: null, p97_5: null });
  });
});

describe("npm run bench: the table", () => {
  const runs = [
    {
      database: "PostgreSQL",
      measures: [
        measure(TRIVIAL, 1234.4, 40, 80),
        measure("shop page, visitor", 617.2, 70, 96, 2),
        measure("shop page, visitor: server time, first request", null, 150, null),
      ],
    },
    { database: "embedded PGlite", measures: [measure(TRIVIAL, 800, 55, 100), measure("home, visitor", 400, 90, 150)] },
  ];

  it("prints one aligned Markdown row per load, five columns per database, blank where a database lacks it", () => {
    const lines = formatTable(runs).split("\n");
    expect(lines).toHaveLength(2 + 4);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    expect(lines[0]).toMatch(
      /^\| load +\| PostgreSQL req\/s \| +p50 \| +p97\.5 \| req\/s ÷ trivial \| p97\.5 ÷ trivial \| embedded PGlite req\/s \|/,
    );
    const cells = (line: string) =>
      line
        .split("|")
        .slice(1, -1)
        .map((c) => c.trim());
    expect(cells(lines[1])[1]).toMatch(/^-+:$/);
    expect(cells(lines[2])).toEqual([
      TRIVIAL,
      "1,234",
      "40 ms",
      "80 ms",
      "1.00 ×",
      "1.00 ×",
      "800",
      "55 ms",
      "100 ms",
      "1.00 ×",
      "1.00 ×",
    ]);
    expect(cells(lines[3])).toEqual([
      "shop page, visitor",
      "617 (2 failed)",
      "70 ms",
      "96 ms",
      "0.50 ×",
      "1.20 ×",
      "",
      "",
      "",
      "",
      "",
    ]);
    expect(cells(lines[4])).toEqual([
      "shop page, visitor: server time, first request",
      "—",
      "150 ms",
      "—",
      "—",
      "—",
      "",
      "",
      "",
      "",
      "",
    ]);
    expect(cells(lines[5])).toEqual([
      "home, visitor",
      "",
      "",
      "",
      "",
      "",
      "400",
      "90 ms",
      "150 ms",
      "0.50 ×",
      "1.50 ×",
    ]);
  });
});

describe("npm run bench: issue 15's targets", () => {
  const verdict = (measures: Measure[], label: RegExp) =>
    checkTargets([{ database: "PostgreSQL", measures }], TARGETS).find((v) => label.test(v.label));
  const trivial = measure(TRIVIAL, 500, 50, 100);

  it("holds a visitor's page to the trivial route's throughput and 1.2 × its p97.5", () => {
    const pages = [
      measure("home, visitor", 500, 50, 120),
      measure("shop page, visitor", 490, 50, 100),
      measure("shop page, member", 100, 90, 900),
    ];
    expect(verdict([trivial, ...pages], /visitor/)).toMatchObject({ met: false, misses: ["shop page, visitor"] });
    expect(verdict([trivial, measure("home, visitor", 600, 50, 121)], /visitor/)?.misses).toEqual(["home, visitor"]);
    expect(verdict([trivial, measure("home, visitor", 600, 50, 119)], /visitor/)?.met).toBe(true);
  });

  it("holds a member's shop page view, the page and its personal part, to half the trivial route's throughput", () => {
    const view = "shop page, member: page view (page + personal part)";
    const member = (page: number, part: number) => [
      trivial,
      measure("shop page, member", page, 50, 100),
      measure("shop page, member: personal part", part, 50, 100),
      pageView(view, measure("shop page, member", page, 50, 100), measure("personal part", part, 50, 100)),
    ];
    // 1 ÷ (1/500 + 1/500) = 250 views a second: half the trivial route's 500.
    expect(verdict(member(500, 500), /member/)).toMatchObject({ met: true, misses: [] });
    // Each request at half the trivial route's throughput, but a view at a quarter.
    expect(verdict(member(250, 250), /member/)).toMatchObject({ met: false, misses: [view] });
    expect(verdict([trivial, measure("shop page, member", 900, 90, 100)], /member/)).toBeUndefined();
  });

  it("misses a target whose load had failures, whatever its figures", () => {
    expect(verdict([trivial, measure("home, visitor", 900, 10, 20, 1)], /visitor/)?.met).toBe(false);
  });

  it("holds the basket round trip's p97.5 and the server time (first request or p97.5) under their bounds", () => {
    expect(verdict([trivial, measure("basket change round trip, 20 shoppers", 80, 90, 149)], /basket/)?.met).toBe(true);
    expect(verdict([trivial, measure("basket change round trip, 20 shoppers", 80, 90, 150)], /basket/)?.met).toBe(
      false,
    );
    const serverTimes = [
      measure("shop page, visitor: server time (10,000 products), first request", null, 199, null),
      measure("shop page, visitor: server time (10,000 products), 20 more in a row", 10, 80, 201),
    ];
    expect(verdict([trivial, ...serverTimes], /server time/)?.misses).toEqual([serverTimes[1].name]);
  });

  it("says nothing of a target none of whose loads ran", () => {
    expect(checkTargets([{ database: "PostgreSQL", measures: [trivial] }], TARGETS)).toEqual([]);
  });
});

describe("npm run bench: Lighthouse's targets", () => {
  const scores = {
    performance: 95,
    accessibility: 100,
    consoleErrors: [],
    metaDescription: true,
    scriptBytes: 100 * 1024,
  };

  it("are met at the bounds, and the JavaScript bound is the shop page's only", () => {
    const verdicts = lighthouseVerdicts([
      { database: "PostgreSQL", page: "shop page", scores },
      { database: "PostgreSQL", page: "market page", scores: { ...scores, scriptBytes: 300 * 1024 } },
    ]);
    expect(verdicts.map((v) => v.met)).toEqual([true, true]);
  });

  it("name what misses", () => {
    const [verdict] = lighthouseVerdicts([
      {
        database: "embedded PGlite",
        page: "shop page",
        scores: {
          performance: 87,
          accessibility: 100,
          consoleErrors: ["Failed to load resource: 404 (http://127.0.0.1/favicon.ico)"],
          metaDescription: false,
          scriptBytes: 140 * 1024 + 1,
        },
      },
    ]);
    expect(verdict).toMatchObject({
      met: false,
      misses: ["performance 87", "1 console error(s)", "no meta description", "140 KiB of JavaScript"],
    });
  });
});

describe("npm run bench: a Lighthouse report summed up", () => {
  it("refuses a report of the page a redirect led to", () => {
    const report = { categories: {}, audits: {}, requestedUrl: "http://127.0.0.1:3400/m/bench" };
    expect(() => summariseReport({ ...report, mainDocumentUrl: "http://127.0.0.1:3400/en/m/bench" })).toThrow(
      /sent to http:\/\/127\.0\.0\.1:3400\/en\/m\/bench/,
    );
    expect(summariseReport({ ...report, mainDocumentUrl: report.requestedUrl }).performance).toBe(0);
  });

  it("reads the scores, the metrics, the scripts' transfer size and the console errors with their path", () => {
    const summary = summariseReport({
      categories: {
        performance: { score: 0.87 },
        accessibility: { score: 1 },
        "best-practices": { score: 0.96 },
        seo: { score: null },
      },
      audits: {
        "largest-contentful-paint": { score: 0.5, numericValue: 2600 },
        "total-blocking-time": { score: 0.5, numericValue: 373 },
        "resource-summary": {
          score: null,
          details: {
            items: [
              { resourceType: "total", transferSize: 9 },
              { resourceType: "script", transferSize: 143_360 },
            ],
          },
        },
        "errors-in-console": {
          score: 0,
          details: {
            items: [
              {
                source: "network",
                description: "Failed to load resource: the server responded with a status of 404 (Not Found)",
                sourceLocation: { url: "http://127.0.0.1:3400/favicon.ico" },
              },
            ],
          },
        },
        "meta-description": { score: 0 },
      },
    });
    expect(summary).toEqual({
      performance: 87,
      accessibility: 100,
      bestPractices: 96,
      seo: 0,
      lcpMs: 2600,
      tbtMs: 373,
      scriptBytes: 143_360,
      consoleErrors: ["Failed to load resource: the server responded with a status of 404 (Not Found) (/favicon.ico)"],
      metaDescription: false,
    });
  });
});
