// The ways `npm run bench` puts load on a server: autocannon for a page (many connections, one address), one
// request at a time for a page's server time, and shoppers replaying a basket change recorded in Chromium.
import path from "node:path";
import autocannon from "autocannon";
import { chromium, type Request } from "@playwright/test";
import type { BasketRoundTrip } from "./pages";
import { percentile, type Round } from "./report";
import { groupIntoWaves } from "./waves";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Every answer is asked for uncompressed (autocannon sends no Accept-Encoding; Node's fetch would ask for gzip
// unless told otherwise), as behind a proxy or CDN that compresses: Next would otherwise gzip each page in
// JavaScript, on the cores it serves from.
const UNCOMPRESSED = { "accept-encoding": "identity" };

export async function loadWithAutocannon(options: {
  url: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
}): Promise<Round> {
  const result = await new Promise<autocannon.Result>((resolve, reject) =>
    autocannon(
      { url: options.url, headers: options.headers, connections: options.connections, duration: options.seconds },
      (error, r) => (error ? reject(error) : resolve(r)),
    ),
  );
  const elapsed = (result.finish.getTime() - result.start.getTime()) / 1000;
  const answered = result.requests.total > 0;
  return {
    throughput: result.requests.total / elapsed,
    p50: answered ? result.latency.p50 : null,
    p97_5: answered ? result.latency.p97_5 : null,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

// Milliseconds from sending a request to the last byte of its answer.
export async function timeRequest(url: string, headers: Record<string, string> = {}) {
  const start = performance.now();
  const response = await fetch(url, { headers: { ...headers, ...UNCOMPRESSED }, redirect: "manual" });
  await response.arrayBuffer();
  return { ms: performance.now() - start, ok: response.ok };
}

// The server time of a page: its first request (which renders it, if the design caches pages), after a request
// to another address of the same route has loaded the route's code, and then `count` more, one at a time.
export async function timeAlone(options: {
  url: string;
  warmUpUrl: string;
  headers: Record<string, string>;
  count: number;
}) {
  await timeRequest(options.warmUpUrl, options.headers);
  const first = await timeRequest(options.url, options.headers);
  const next: { ms: number; ok: boolean }[] = [];
  for (let i = 0; i < options.count; i++) next.push(await timeRequest(options.url, options.headers));
  return { first, next: next.map((r) => r.ms), failed: next.filter((r) => !r.ok).length };
}

// A load abandoned by autocannon leaves the server busy with what was already sent: wait until the trivial route
// answers about as fast as when the server was idle (at most 20 s), so that the next load starts afresh.
export async function settle(origin: string, idleMs: number) {
  await sleep(1000);
  for (let i = 0, fast = 0; i < 100 && fast < 2; i++) {
    fast = (await timeRequest(`${origin}/api/health`)).ms <= Math.max(20, 2 * idleMs) ? fast + 1 : 0;
    await sleep(200);
  }
}

// How fast the trivial route answers the idle server, one request at a time.
export async function idleLatency(origin: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 9; i++) times.push((await timeRequest(`${origin}/api/health`)).ms);
  return percentile(times, 50);
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export type RecordedRequest = {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer> | null;
};

// Headers the replay sets itself: the shopper's own session, and what the connection decides.
const NOT_REPLAYED = new Set(["cookie", "host", "content-length", "connection", "accept-encoding"]);

// A member adds the product in Chromium; every request the page sends to the server from the click until the
// new total shows and the network is quiet is recorded, static files and the router's prefetches of links (done
// in the background, for the next click) aside.
export async function recordBasketChange(options: {
  origin: string;
  roundTrip: BasketRoundTrip;
  cookie: { name: string; value: string };
}): Promise<RecordedRequest[][]> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  try {
    const context = await browser.newContext({ baseURL: options.origin, locale: "fr-FR" });
    await context.addCookies([{ ...options.cookie, url: options.origin }]);
    const page = await context.newPage();
    const { roundTrip } = options;
    await page.goto(roundTrip.path, { waitUntil: "networkidle" });
    const total = page.getByTestId(roundTrip.totalTestId);
    const before = (await total.count()) > 0 ? await total.first().textContent() : null;

    const sent: { request: Request; start: number; end: number }[] = [];
    const ours = (url: string) =>
      url.startsWith(options.origin) && !new URL(url).pathname.match(/^\/(_next\/static|images)\//);
    page.on("request", (request) => {
      if (ours(request.url())) sent.push({ request, start: performance.now(), end: Infinity });
    });
    const finish = (request: Request) => {
      const entry = sent.find((s) => s.request === request);
      if (entry) entry.end = performance.now();
    };
    page.on("requestfinished", finish);
    page.on("requestfailed", finish);

    try {
      await page
        .getByRole("article", { name: roundTrip.product })
        .getByRole("button", { name: roundTrip.addButton })
        .click({ timeout: 30_000 });
      await page.waitForFunction(
        ({ testId, before }) => {
          const shown = document.querySelector(`[data-testid="${testId}"]`)?.textContent ?? null;
          return shown !== null && shown !== before;
        },
        { testId: roundTrip.totalTestId, before },
        { timeout: 30_000 },
      );
    } catch (error) {
      const shot = path.resolve(".data", "bench-basket-change.png");
      await page.screenshot({ path: shot });
      throw new Error(`the basket change did not happen in Chromium (screenshot: ${shot})`, { cause: error });
    }
    // Quiet: nothing in flight for half a second.
    for (let quiet = 0; quiet < 5;) {
      await page.waitForTimeout(100);
      quiet = sent.every((s) => s.end !== Infinity) ? quiet + 1 : 0;
    }
    const recorded = await Promise.all(
      sent.map(async ({ request, start, end }) => {
        const headers = await request.allHeaders();
        return {
          start,
          end,
          prefetch: "next-router-prefetch" in headers,
          method: request.method(),
          url: request.url(),
          headers: Object.fromEntries(
            Object.entries(headers).filter(([name]) => !NOT_REPLAYED.has(name) && !name.startsWith(":")),
          ),
          body: copyOf(request.postDataBuffer()),
        };
      }),
    );
    const kept = recorded.filter((r) => !r.prefetch);
    if (!kept.some((r) => r.method !== "GET"))
      throw new Error(`adding « ${roundTrip.product} » sent nothing to the server`);
    return groupIntoWaves(kept).map((wave) =>
      wave.map(({ method, url, headers, body }) => ({ method, url, headers, body })),
    );
  } finally {
    await browser.close();
  }
}

// Shoppers (one session cookie each) replay the recorded basket change again and again, each waiting for the
// last answer before starting again: one round trip is all of its waves of requests, answers read to the end.
export async function replayBasketChanges(options: {
  waves: RecordedRequest[][];
  cookies: string[];
  seconds: number;
}): Promise<Round & { trips: { done: number; tried: number }[] }> {
  const deadline = performance.now() + options.seconds * 1000;
  const durations: number[] = [];
  const trips = options.cookies.map(() => ({ done: 0, tried: 0 }));
  let failed = 0;
  const started = performance.now();
  await Promise.all(
    options.cookies.map(async (cookie, shopper) => {
      while (performance.now() < deadline) {
        const start = performance.now();
        trips[shopper].tried++;
        let ok = true;
        for (const wave of options.waves) {
          const answers = await Promise.all(
            wave.map(async (request) => {
              try {
                const response = await fetch(request.url, {
                  method: request.method,
                  headers: { ...request.headers, ...UNCOMPRESSED, cookie },
                  body: request.body ?? undefined,
                  redirect: "manual",
                });
                await response.arrayBuffer();
                return response.ok;
              } catch {
                return false;
              }
            }),
          );
          ok &&= answers.every(Boolean);
        }
        if (ok) {
          durations.push(performance.now() - start);
          trips[shopper].done++;
        } else failed++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return {
    throughput: durations.length / elapsed,
    p50: durations.length ? percentile(durations, 50) : null,
    p97_5: durations.length ? percentile(durations, 97.5) : null,
    failed,
    trips,
  };
}

function copyOf(buffer: Buffer | null): Uint8Array<ArrayBuffer> | null {
  return buffer ? new Uint8Array(buffer) : null;
}
