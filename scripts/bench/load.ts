// The ways `npm run bench` puts load on a server: autocannon for a page or a page's personal part (many
// connections, one request), one request at a time for a server time, and shoppers replaying a basket change
// recorded in Chromium.
import path from "node:path";
import autocannon from "autocannon";
import { chromium, type Page, type Request } from "@playwright/test";
import { BROWSER_LANGUAGE, type BasketRoundTrip } from "./pages";
import { percentile, type Round } from "./report";
import { groupIntoWaves } from "./waves";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Every answer is asked for uncompressed (autocannon sends no Accept-Encoding; Node's fetch would ask for gzip
// unless told otherwise), as behind a proxy or CDN that compresses: Next would otherwise gzip each page in
// JavaScript, on the cores it serves from.
const UNCOMPRESSED = { "accept-encoding": "identity" };

// One request as the bench sends it: a page's GET, or a request recorded in Chromium (a server action's POST).
export type HttpRequest = {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer> | null;
};

export const get = (url: string, headers: Record<string, string> = {}): HttpRequest => ({
  method: "GET",
  url,
  headers,
  body: null,
});

export async function loadWithAutocannon(options: {
  request: HttpRequest;
  connections: number;
  seconds: number;
}): Promise<Round> {
  const { request } = options;
  const result = await new Promise<autocannon.Result>((resolve, reject) =>
    autocannon(
      {
        url: request.url,
        method: request.method as autocannon.Request["method"],
        headers: request.headers,
        body: request.body ? Buffer.from(request.body) : undefined,
        connections: options.connections,
        duration: options.seconds,
      },
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

// Sends a request as the bench's loads do: the answer uncompressed, a redirect not followed.
export function send(request: HttpRequest): Promise<Response> {
  return fetch(request.url, {
    method: request.method,
    headers: { ...request.headers, ...UNCOMPRESSED },
    body: request.body ?? undefined,
    redirect: "manual",
  });
}

// Milliseconds from sending a request to the last byte of its answer.
export async function timeRequest(request: HttpRequest) {
  const start = performance.now();
  const response = await send(request);
  await response.arrayBuffer();
  return { ms: performance.now() - start, ok: response.ok };
}

// The server time of a request: the first one (which renders the page, if the design caches pages), after
// `warmUp` (another address of the same route) has loaded the route's code, and then `count` more, one at a time.
export async function timeAlone(options: { request: HttpRequest; warmUp: HttpRequest; count: number }) {
  await timeRequest(options.warmUp);
  const first = await timeRequest(options.request);
  const next: { ms: number; ok: boolean }[] = [];
  for (let i = 0; i < options.count; i++) next.push(await timeRequest(options.request));
  return { first, next: next.map((r) => r.ms), failed: next.filter((r) => !r.ok).length };
}

// A load abandoned by autocannon leaves the server busy with what was already sent: wait until the trivial route
// answers about as fast as when the server was idle (at most 20 s), so that the next load starts afresh.
export async function settle(origin: string, idleMs: number) {
  await sleep(1000);
  for (let i = 0, fast = 0; i < 100 && fast < 2; i++) {
    fast = (await timeRequest(get(`${origin}/api/health`))).ms <= Math.max(20, 2 * idleMs) ? fast + 1 : 0;
    await sleep(200);
  }
}

// How fast the trivial route answers the idle server, one request at a time.
export async function idleLatency(origin: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 9; i++) times.push((await timeRequest(get(`${origin}/api/health`))).ms);
  return percentile(times, 50);
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// Headers the replay sets itself: the shopper's own session, and what the connection decides.
const NOT_REPLAYED = new Set(["cookie", "host", "content-length", "connection", "accept-encoding"]);

export type SessionCookie = { name: string; value: string };

// A page of Chromium, as a visitor (no cookies) or signed in with `cookies`, for the time of `act`.
async function inChromium<T>(origin: string, cookies: SessionCookie[], act: (page: Page) => Promise<T>) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  try {
    const context = await browser.newContext({ baseURL: origin, locale: BROWSER_LANGUAGE });
    await context.addCookies(cookies.map((cookie) => ({ ...cookie, url: origin })));
    return await act(await context.newPage());
  } finally {
    await browser.close();
  }
}

type Sent = HttpRequest & { start: number; end: number };

// Every request the page's scripts send to the server while `act` runs and until the network is quiet (nothing
// in flight for half a second), as it was sent, with when it left and when its answer ended; not the router's
// prefetches of links (done in the background, for the next click), nor what the browser asks for itself (the
// document, its scripts and styles, the icon).
async function recordWhile(page: Page, origin: string, act: () => Promise<void>): Promise<Sent[]> {
  const sent: { request: Request; start: number; end: number }[] = [];
  const ours = (request: Request) =>
    request.url().startsWith(origin) &&
    ["fetch", "xhr"].includes(request.resourceType()) &&
    !("next-router-prefetch" in request.headers());
  const onRequest = (request: Request) => {
    if (ours(request)) sent.push({ request, start: performance.now(), end: Infinity });
  };
  const finish = (request: Request) => {
    const entry = sent.find((s) => s.request === request);
    if (entry) entry.end = performance.now();
  };
  page.on("request", onRequest);
  page.on("requestfinished", finish);
  page.on("requestfailed", finish);
  await act();
  for (let quiet = 0; quiet < 5;) {
    await page.waitForTimeout(100);
    quiet = sent.every((s) => s.end !== Infinity) ? quiet + 1 : 0;
  }
  page.off("request", onRequest);
  return Promise.all(
    sent.map(async ({ request, start, end }) => ({
      start,
      end,
      method: request.method(),
      url: request.url(),
      headers: Object.fromEntries(
        Object.entries(await request.allHeaders()).filter(([name]) => !NOT_REPLAYED.has(name) && !name.startsWith(":")),
      ),
      body: copyOf(request.postDataBuffer()),
    })),
  );
}

const withoutTimes = ({ method, url, headers, body }: Sent): HttpRequest => ({ method, url, headers, body });

// What a page asks the server for once it is in the browser (its scripts' requests, from opening it until the
// network is quiet), as a visitor or signed in.
export async function recordPageView(options: {
  origin: string;
  path: string;
  cookies: SessionCookie[];
}): Promise<HttpRequest[]> {
  return inChromium(options.origin, options.cookies, async (page) => {
    const sent = await recordWhile(page, options.origin, async () => {
      await page.goto(options.path, { waitUntil: "networkidle" });
    });
    return sent.map(withoutTimes);
  });
}

// A member adds the product in Chromium; every request the page sends to the server from the click until the
// new total shows and the network is quiet is recorded, in waves as it sent them.
export async function recordBasketChange(options: {
  origin: string;
  roundTrip: BasketRoundTrip;
  cookies: SessionCookie[];
}): Promise<HttpRequest[][]> {
  const { roundTrip } = options;
  return inChromium(options.origin, options.cookies, async (page) => {
    await page.goto(roundTrip.path, { waitUntil: "networkidle" });
    const total = page.getByTestId(roundTrip.totalTestId);
    const before = (await total.count()) > 0 ? await total.first().textContent() : null;
    const sent = await recordWhile(page, options.origin, async () => {
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
    });
    if (!sent.some((r) => r.method !== "GET"))
      throw new Error(`adding « ${roundTrip.product} » sent nothing to the server`);
    return groupIntoWaves(sent).map((wave) => wave.map(withoutTimes));
  });
}

// Shoppers (one session cookie each) replay the recorded basket change again and again, each waiting for the
// last answer before starting again: one round trip is all of its waves of requests, answers read to the end.
export async function replayBasketChanges(options: {
  waves: HttpRequest[][];
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
                const response = await send({ ...request, headers: { ...request.headers, cookie } });
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

// A download timed as its reader sees it: the first byte of the body, and its end (a streamed export), `count` times
// one after the other; the lines of the last one counted, to check what was measured.
export async function timeDownload(url: string, headers: Record<string, string>, count: number) {
  const firstByte: number[] = [];
  const complete: number[] = [];
  let failed = 0;
  let lines = 0;
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers });
    if (!response.ok || !response.body) {
      failed++;
      await response.body?.cancel();
      continue;
    }
    const reader = response.body.getReader();
    let first: number | null = null;
    let newlines = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      first ??= performance.now() - started;
      for (const byte of value) if (byte === 10) newlines++;
    }
    firstByte.push(first ?? performance.now() - started);
    complete.push(performance.now() - started);
    lines = newlines;
  }
  return { firstByte, complete, failed, lines };
}
