// npm run bench [-- --lighthouse] — how fast the public pages are served, on PostgreSQL and on the embedded
// database: seeds the bench market (10,000 products, 300 members) into each, builds once, starts `npm start`
// on each in turn, and prints one table: a static chunk and the trivial route /api/health (the yardsticks),
// every public page (scripts/bench/pages.ts) as a visitor and as a member, the personal part a page asks for once
// in the browser (recorded in Chromium) and what a view of the page costs with it, the basket change round trip of
// 20 shoppers, and the server times of the shop page and of a member's personal part; ratios to the trivial route
// of the same server; issue 15's targets.
// Options: --database=postgresql|embedded (default both), --rounds=3, --seconds=5 (per load and round),
// --connections=50, --pages=<comma-separated parts of load names>, --skip-build (reuse .next), --lighthouse.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { encode } from "next-auth/jwt";
import { SIGNED_IN_HINT } from "../lib/auth/signed-in-hint";
import { db, disconnectDb } from "../lib/db/client";
import { runLighthouse, type LighthouseScores } from "./bench/lighthouse";
import {
  get,
  type HttpRequest,
  idleLatency,
  loadWithAutocannon,
  recordBasketChange,
  recordPageView,
  replayBasketChanges,
  send,
  type SessionCookie,
  settle,
  timeAlone,
  timeDownload,
} from "./bench/load";
import {
  type Audience,
  basketRoundTrip,
  lighthousePages,
  type PageLoad,
  type PersonalLoad,
  personalLoads,
  publicPages,
  shopPath,
} from "./bench/pages";
import {
  checkTargets,
  formatTable,
  formatVerdicts,
  type Measure,
  pageView,
  percentile,
  type Round,
  type Run,
  summarise,
  TRIVIAL,
} from "./bench/report";
import { BENCH_REPORT_LINES } from "./bench/seed";
import { type DatabaseKind, seededDatabase, startServer, type RunningServer } from "./bench/servers";
import { lighthouseVerdicts, ROUND_TRIP, SERVER_TIME, TARGETS } from "./bench/targets";

const { values: options } = parseArgs({
  options: {
    database: { type: "string" },
    rounds: { type: "string", default: "3" },
    seconds: { type: "string", default: "5" },
    connections: { type: "string", default: "50" },
    pages: { type: "string" },
    "skip-build": { type: "boolean", default: false },
    lighthouse: { type: "boolean", default: false },
  },
});
const ROUNDS = positive("rounds");
const SECONDS = positive("seconds");
const CONNECTIONS = positive("connections");
const SHOPPERS = 20;
const SERVER_TIME_REQUESTS = 20;
const AUTH_SECRET = "bench-secret-bench-secret-bench-secret";
const SESSION_COOKIE = "authjs.session-token";
const DATABASES: Record<string, DatabaseKind[]> = {
  both: ["PostgreSQL", "embedded PGlite"],
  postgresql: ["PostgreSQL"],
  embedded: ["embedded PGlite"],
};
const databases = DATABASES[options.database ?? "both"];
if (!databases) fail(`--database is postgresql or embedded (or absent, for both), not ${options.database}`);
const wanted = (name: string) => !options.pages || options.pages.split(",").some((part) => name.includes(part.trim()));

mkdirSync(".data", { recursive: true });
const startedAt = new Date();
const loadBefore = os.loadavg();
build();
// Each server starts from the same fresh build: pages one server cached on disk must not be served by the next.
const pristine = path.join(mkdtempSync(path.join(os.tmpdir(), "cabas-bench-build-")), ".next");
cpSync(".next", pristine, { recursive: true });

const runs: Run[] = [];
const lighthouse: { database: DatabaseKind; page: string; scores: LighthouseScores }[] = [];
// Interrupted (Ctrl-C), the bench still stops the server and the database it started.
const cleanUps = new Set<() => Promise<void>>();
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, async () => {
    log(`${signal}: stopping`);
    for (const cleanUp of cleanUps) await cleanUp().catch(() => undefined);
    restoreBuild();
    process.exit(130);
  });
try {
  for (const kind of databases) {
    log(`${kind}: seeding the bench market`);
    const database = await seededDatabase(kind, new Date());
    cleanUps.add(database.dispose);
    let server: RunningServer | null = null;
    try {
      rmSync(".next", { recursive: true, force: true });
      cpSync(pristine, ".next", { recursive: true });
      server = await startServer(database, AUTH_SECRET);
      cleanUps.add(server.stop);
      log(`${kind}: npm start answers at ${server.origin} (log: ${path.relative(".", server.log)})`);
      runs.push({ database: kind, measures: await measure(server.origin, database.market, database.readUrl) });
      if (options.lighthouse) {
        for (const page of lighthousePages(database.market)) {
          log(`${kind}: Lighthouse, ${page.name}`);
          const name = `${kind === "PostgreSQL" ? "postgresql" : "pglite"}-${page.name.replace(/\W+/g, "-")}`;
          lighthouse.push({
            database: kind,
            page: page.name,
            scores: await runLighthouse(server.origin + page.path, name),
          });
        }
      }
    } finally {
      if (server) {
        cleanUps.delete(server.stop);
        await server.stop();
      }
      cleanUps.delete(database.dispose);
      await database.dispose();
    }
  }
} finally {
  restoreBuild();
}
print();
process.exit(0);

async function measure(origin: string, market: Awaited<ReturnType<typeof seededDatabase>>["market"], readUrl: string) {
  // A signed-in browser's cookies: the session, and the hint that signing in sets for the public pages' scripts
  // (lib/auth/signed-in-hint.ts).
  const session = async (userId: string): Promise<SessionCookie[]> => [
    {
      name: SESSION_COOKIE,
      value: await encode({ token: { sub: userId, sv: 0 }, secret: AUTH_SECRET, salt: SESSION_COOKIE }),
    },
    { name: SIGNED_IN_HINT, value: "1" },
  ];
  const header = (cookies: SessionCookie[]) => cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const member = await session(market.memberIds[0]);
  const cookieOf = (audience: Audience) => (audience === "member" ? member : []);
  const headersOf = (audience: Audience): Record<string, string> =>
    audience === "member" ? { cookie: header(member) } : {};
  const pageRequest = (page: PageLoad) => get(origin + page.path, headersOf(page.audience));
  const pages = publicPages(market);
  const measures: Measure[] = [];
  const timedAlone = (name: string, timed: Awaited<ReturnType<typeof timeAlone>>, withFirst: boolean): Measure[] => {
    const label = `${name}${name.includes(":") ? "," : ":"} ${SERVER_TIME} (${market.products.toLocaleString("en-GB")} products)`;
    const first = { name: `${label}, first request`, throughput: null, p97_5: null, rounds: 1 };
    return [
      ...(withFirst ? [{ ...first, p50: timed.first.ms, failed: timed.first.ok ? 0 : 1 }] : []),
      {
        name: `${label}, ${SERVER_TIME_REQUESTS} ${withFirst ? "more " : ""}in a row`,
        throughput: null,
        p50: percentile(timed.next, 50),
        p97_5: percentile(timed.next, 97.5),
        failed: timed.failed,
        rounds: 1,
      },
    ];
  };

  // First, before anything has loaded the shop page: its server time, the first request included.
  for (const page of pages.filter((p) => p.serverTime && wanted(p.name))) {
    const timed = await timeAlone({
      request: pageRequest(page),
      warmUp: get(origin + page.serverTime!.warmUp, headersOf(page.audience)),
      count: SERVER_TIME_REQUESTS,
    });
    measures.push(...timedAlone(page.name, timed, true));
  }

  // Issue 19: the admin's sales report as CSV, streamed in batches of 1,000 lines, timed alone.
  const exportName = `report export: CSV of ${BENCH_REPORT_LINES.toLocaleString("en-GB")} lines`;
  if (wanted(exportName)) {
    const query = new URLSearchParams({ du: market.reportRange.from, au: market.reportRange.to, format: "csv" });
    const url = `${origin}/api/reports/market/${market.marketId}?${query}`;
    const timed = await timeDownload(url, { cookie: header(await session(market.adminId)) }, SERVER_TIME_REQUESTS / 4);
    // A header line, then one per sold line.
    if (timed.lines < BENCH_REPORT_LINES)
      throw new Error(`${exportName}: the export had ${timed.lines} lines, not ${BENCH_REPORT_LINES + 1}`);
    for (const [part, times] of [
      ["first byte", timed.firstByte],
      ["complete", timed.complete],
    ] as const)
      measures.push({
        name: `${exportName}, ${part}`,
        throughput: null,
        p50: percentile(times, 50),
        p97_5: percentile(times, 97.5),
        failed: timed.failed,
        rounds: 1,
      });
  }

  // Each load must see what its audience would.
  for (const page of pages) await expectAnswer(page.name, pageRequest(page), page.expect);

  // What each page asks for once in the browser, as Chromium sent it on opening the page (for a member, the
  // session cookie it sent is the load's), then timed alone where asked.
  const personal = new Map<string, { load: PersonalLoad; request: HttpRequest }>();
  for (const load of personalLoads(market).filter((p) => wanted(p.name))) {
    const sent = await recordPageView({ origin, path: load.page.path, cookies: cookieOf(load.page.audience) });
    const shown = sent.map((r) => `${r.method} ${new URL(r.url).pathname}`).join(" + ") || "nothing";
    log(`${load.page.name}, once opened in Chromium: ${shown}`);
    if (sent.length !== 1) throw new Error(`${load.name}: the bench loads one request, the page sent ${shown}`);
    const request = { ...sent[0], headers: { ...sent[0].headers, ...headersOf(load.page.audience) } };
    await expectAnswer(load.name, request, load.expect);
    personal.set(load.page.name, { load, request });
    if (load.serverTime)
      measures.push(
        ...timedAlone(load.name, await timeAlone({ request, warmUp: request, count: SERVER_TIME_REQUESTS }), false),
      );
  }

  const chunk = await smallestScript(origin, shopPath(market));
  const loads: { name: string; request: HttpRequest }[] = [
    { name: `a _next/static chunk (${Math.round(chunk.bytes / 1024)} KiB)`, request: get(origin + chunk.path) },
    { name: TRIVIAL, request: get(`${origin}/api/health`) },
    ...pages.flatMap((page) => {
      const part = personal.get(page.name);
      return [
        { name: page.name, request: pageRequest(page) },
        ...(part ? [{ name: part.load.name, request: part.request }] : []),
      ];
    }),
  ].filter((load) => load.name === TRIVIAL || wanted(load.name));

  const roundTripName = `${ROUND_TRIP}, ${SHOPPERS} shoppers`;
  let recorded: HttpRequest[][] | null = null;
  if (wanted(roundTripName)) {
    const lastMember = market.memberIds[market.memberIds.length - 1];
    recorded = await recordBasketChange({
      origin,
      roundTrip: basketRoundTrip(market),
      cookies: await session(lastMember),
    });
    log(
      `basket change, as Chromium sent it: ${recorded.map((wave) => wave.map((r) => `${r.method} ${new URL(r.url).pathname}`).join(" + ")).join(", then ")}`,
    );
  }
  // Shoppers take turns by groups, a new group each round (member 0 loads the pages, the last one recorded).
  const shopperGroup = async (round: number) => {
    const first = 1 + (((round + 1) * SHOPPERS) % (market.memberIds.length - SHOPPERS - 1));
    const ids = market.memberIds.slice(first, first + SHOPPERS);
    return { ids, cookies: await Promise.all(ids.map(async (id) => header(await session(id)))) };
  };
  const tried = new Map<string, { done: number; tried: number }>();

  const idle = await idleLatency(origin);
  const rounds = new Map<string, Round[]>();
  for (let round = -1; round < ROUNDS; round++) {
    // Round -1 warms up (one second each) and is not counted.
    const seconds = round < 0 ? 1 : SECONDS;
    log(round < 0 ? "warming up" : `round ${round + 1} of ${ROUNDS}`);
    for (const load of loads) {
      await settle(origin, idle);
      const result = await loadWithAutocannon({ request: load.request, connections: CONNECTIONS, seconds });
      if (round >= 0) rounds.set(load.name, [...(rounds.get(load.name) ?? []), result]);
    }
    if (recorded) {
      await settle(origin, idle);
      const group = await shopperGroup(round);
      const result = await replayBasketChanges({ waves: recorded, cookies: group.cookies, seconds });
      group.ids.forEach((id, i) => {
        const sum = tried.get(id) ?? { done: 0, tried: 0 };
        tried.set(id, { done: sum.done + result.trips[i].done, tried: sum.tried + result.trips[i].tried });
      });
      if (round >= 0) rounds.set(roundTripName, [...(rounds.get(roundTripName) ?? []), result]);
    }
  }
  if (recorded) await checkBaskets(readUrl, market.basketProduct.id, tried);
  for (const [name, results] of rounds) {
    const summary = summarise(name, results);
    measures.push(summary);
    // After a page's personal part, what a view of the page costs: the two together.
    const part = [...personal.values()].find((p) => p.load.name === name);
    const page = part && measures.find((m) => m.name === part.load.page.name);
    if (part && page) measures.push(pageView(part.load.view, page, summary));
  }
  // The table's order: yardsticks, pages, round trip, server times.
  const order = (m: Measure) =>
    m.name.includes(SERVER_TIME)
      ? 3
      : m.name.startsWith(ROUND_TRIP)
        ? 2
        : m.name === TRIVIAL || m.name.startsWith("a _next")
          ? 0
          : 1;
  return measures.sort((a, b) => order(a) - order(b));
}

// The answer must be the one its audience would see: 200 (not a redirect, not an error page), holding `expected`.
async function expectAnswer(name: string, request: HttpRequest, expected: string[]) {
  const response = await send(request);
  const body = await response.text();
  const missing = expected.filter((text) => !body.includes(text));
  if (response.status !== 200 || missing.length > 0) {
    const { pathname, search } = new URL(request.url);
    const location = response.headers.get("location");
    throw new Error(
      `${name} (${request.method} ${pathname}${search}): status ${response.status}${location ? ` to ${location}` : ""}, missing ${JSON.stringify(missing)}`,
    );
  }
}

// Every answered round trip added one to its shopper's basket: the database must say so (an action that answers
// 200 with an error message in it would otherwise count as a basket change).
async function checkBaskets(url: string, productId: string, tried: Map<string, { done: number; tried: number }>) {
  process.env.DATABASE_URL = url;
  try {
    const lines = await db().orderLine.findMany({
      where: { productId, order: { userId: { in: [...tried.keys()] } } },
      select: { quantity: true, order: { select: { userId: true } } },
    });
    for (const [userId, count] of tried) {
      const quantity = lines.filter((l) => l.order.userId === userId).reduce((sum, l) => sum + Number(l.quantity), 0);
      if (quantity < count.done || quantity > count.tried)
        throw new Error(
          `${userId}'s basket holds ${quantity} of the product after ${count.done} answered basket changes (${count.tried} tried)`,
        );
    }
  } finally {
    await disconnectDb();
    delete process.env.DATABASE_URL;
  }
}

// The smallest script the shop page loads from _next/static: what serving a static file costs, nearly alone.
async function smallestScript(origin: string, pagePath: string) {
  const html = await (await fetch(origin + pagePath)).text();
  const paths = [...new Set(html.match(/\/_next\/static\/[^"'\s]+\.js/g) ?? [])];
  const sized = await Promise.all(
    paths.map(async (p) => ({ path: p, bytes: (await (await fetch(origin + p)).arrayBuffer()).byteLength })),
  );
  const smallest = sized.sort((a, b) => a.bytes - b.bytes)[0];
  if (!smallest) throw new Error(`no _next/static script on ${pagePath}`);
  return smallest;
}

// .next as built, for the next --skip-build.
function restoreBuild() {
  if (!existsSync(pristine)) return;
  rmSync(".next", { recursive: true, force: true });
  cpSync(pristine, ".next", { recursive: true });
  rmSync(path.dirname(pristine), { recursive: true, force: true });
}

function positive(name: "rounds" | "seconds" | "connections"): number {
  const value = Number(options[name]);
  if (!Number.isInteger(value) || value <= 0) fail(`--${name} is a whole number above 0, not ${options[name]}`);
  return value;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function build() {
  if (options["skip-build"] && existsSync(".next/BUILD_ID")) return log("reusing the build in .next (--skip-build)");
  log("next build");
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) {
    process.stdout.write(result.stdout);
    throw new Error(`next build failed (exit code ${result.status})`);
  }
}

function print() {
  const loadAfter = os.loadavg();
  const cpu = os.cpus();
  const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(" ");
  console.log(
    `\n${startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC · ${cpu.length} × ${cpu[0]?.model.trim()} · Node ${process.version} · ` +
      `load average ${load(loadBefore)} before, ${load(loadAfter)} after (the load generator runs on the same cores)`,
  );
  console.log(
    `${CONNECTIONS} connections (the round trip: ${SHOPPERS} shoppers, each waiting for its answers), ${ROUNDS} rounds of ${SECONDS} s per load taken in turns, medians of the rounds; ` +
      `server time: one request at a time.\n`,
  );
  console.log(formatTable(runs));
  console.log(`\nIssue 15's targets:\n${formatVerdicts(checkTargets(runs, TARGETS))}`);
  if (lighthouse.length > 0) {
    console.log("\nLighthouse 12.2.3, mobile preset, Debian's Chromium, as a visitor:\n");
    console.log(
      "| database | page | performance | accessibility | best practices | SEO | LCP | TBT | JS transferred | meta description | console errors |",
    );
    console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |");
    for (const { database, page, scores: s } of lighthouse)
      console.log(
        `| ${database} | ${page} | ${s.performance} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} | ${(s.lcpMs / 1000).toFixed(1)} s | ${Math.round(s.tbtMs)} ms | ${Math.round(s.scriptBytes / 1024)} KiB | ${s.metaDescription ? "yes" : "no"} | ${s.consoleErrors.length === 0 ? "none" : s.consoleErrors.join("; ")} |`,
      );
    console.log(`\n${formatVerdicts(lighthouseVerdicts(lighthouse))}`);
  }
}

function log(message: string) {
  console.error(`[bench] ${message}`);
}
