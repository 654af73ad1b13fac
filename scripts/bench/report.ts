// The pure part of `npm run bench`: rounds summed up into one figure per load, ratios to the trivial route, the
// issue's targets, and the table printed at the end (Markdown, so that it can go in the README as it is).

export const TRIVIAL = "trivial route /api/health";

// One load's timed run (a round), as autocannon or the round-trip runner reports it (no latency when not one
// request was answered).
export type Round = { throughput: number; p50: number | null; p97_5: number | null; failed: number };

export type Measure = {
  name: string;
  // req/s; null for requests timed alone, one at a time, which are not compared with the trivial route.
  throughput: number | null;
  p50: number | null;
  p97_5: number | null;
  failed: number;
  // Rounds measured this load (throughput from the median round, failures summed over all).
  rounds: number;
};

export function median(values: number[]): number {
  if (values.length === 0) throw new Error("median of nothing");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

// The machine's speed drifts within a minute: each figure is the median of its rounds, taken in turns.
export function summarise(name: string, rounds: Round[]): Measure {
  const latency = (values: (number | null)[]) => {
    const answered = values.filter((v): v is number => v !== null);
    return answered.length > 0 ? median(answered) : null;
  };
  return {
    name,
    throughput: median(rounds.map((r) => r.throughput)),
    p50: latency(rounds.map((r) => r.p50)),
    p97_5: latency(rounds.map((r) => r.p97_5)),
    failed: rounds.reduce((sum, r) => sum + r.failed, 0),
    rounds: rounds.length,
  };
}

// A page view of two requests, the page and then its personal part, from their loads measured apart: the server
// spends 1/throughput of its time on each, so it serves 1 ÷ (1/page + 1/part) views a second. Percentiles of
// latency do not add up: none.
export function pageView(name: string, page: Measure, part: Measure): Measure {
  if (page.throughput === null || part.throughput === null) throw new Error(`${name}: a load timed alone`);
  return {
    name,
    throughput: page.throughput > 0 && part.throughput > 0 ? 1 / (1 / page.throughput + 1 / part.throughput) : 0,
    p50: null,
    p97_5: null,
    failed: page.failed + part.failed,
    rounds: Math.min(page.rounds, part.rounds),
  };
}

// The p-th percentile (0–100) of some durations, nearest rank.
export function percentile(values: number[], p: number): number {
  if (values.length === 0) throw new Error("percentile of nothing");
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export type Ratios = { throughput: number | null; p97_5: number | null };

// A load against the trivial route of the same server: its share of the throughput, and how much longer its
// slowest answers take.
export function ratios(measure: Measure, trivial: Measure | undefined): Ratios {
  if (!trivial || measure.throughput === null) return { throughput: null, p97_5: null };
  return {
    throughput: measure.throughput !== null && trivial.throughput ? measure.throughput / trivial.throughput : null,
    p97_5: measure.p97_5 !== null && trivial.p97_5 ? measure.p97_5 / trivial.p97_5 : null,
  };
}

export type Run = { database: string; measures: Measure[] };

const integer = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const ratio = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const ms = (value: number | null) => (value === null ? "—" : `${integer.format(value)} ms`);
const times = (value: number | null) => (value === null ? "—" : `${ratio.format(value)} ×`);

function throughputCell(measure: Measure): string {
  const failed = measure.failed > 0 ? ` (${integer.format(measure.failed)} failed)` : "";
  return measure.throughput === null ? `—${failed}` : `${integer.format(measure.throughput)}${failed}`;
}

// One row per load (in the order of their first appearance), five columns per database.
export function formatTable(runs: Run[]): string {
  const names: string[] = [];
  for (const run of runs) for (const m of run.measures) if (!names.includes(m.name)) names.push(m.name);
  const header = [
    "load",
    ...runs.flatMap((r) => [`${r.database} req/s`, "p50", "p97.5", "req/s ÷ trivial", "p97.5 ÷ trivial"]),
  ];
  const rows = names.map((name) => [
    name,
    ...runs.flatMap((run) => {
      const measure = run.measures.find((m) => m.name === name);
      if (!measure) return ["", "", "", "", ""];
      const share = ratios(
        measure,
        run.measures.find((m) => m.name === TRIVIAL),
      );
      return [throughputCell(measure), ms(measure.p50), ms(measure.p97_5), times(share.throughput), times(share.p97_5)];
    }),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(" | ")} |`;
  const rule = `| ${widths.map((w, i) => (i === 0 ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)).join(" | ")} |`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

// Issue 15's targets, as far as this table can tell them.
export type TargetRule = {
  label: string;
  // The loads it applies to (at least one must be there for the target to count).
  applies: (name: string) => boolean;
  holds: (measure: Measure, share: Ratios) => boolean;
};

export type Verdict = { database: string; label: string; met: boolean; misses: string[] };

export function checkTargets(runs: Run[], rules: TargetRule[]): Verdict[] {
  return runs.flatMap((run) => {
    const trivial = run.measures.find((m) => m.name === TRIVIAL);
    return rules.flatMap((rule) => {
      const concerned = run.measures.filter((m) => rule.applies(m.name));
      if (concerned.length === 0) return [];
      const misses = concerned.filter((m) => m.failed > 0 || !rule.holds(m, ratios(m, trivial))).map((m) => m.name);
      return [{ database: run.database, label: rule.label, met: misses.length === 0, misses }];
    });
  });
}

export function formatVerdicts(verdicts: Verdict[]): string {
  return verdicts
    .map(
      (v) =>
        `${v.met ? "met   " : "MISSED"} ${v.database}: ${v.label}${v.misses.length > 0 ? ` — not: ${v.misses.join("; ")}` : ""}`,
    )
    .join("\n");
}
