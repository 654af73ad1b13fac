// npm run bench:shop — the shop page of a market with 1,000 products and 300 members, served by `next start` on a
// throwaway PostgreSQL cluster, against the trivial /api/health route of the same server (50 connections): as a
// visitor from the shared link sees it, as a signed-in member sees it, and the member's basket panel that the
// page then loads (a server action).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import { db, disconnectDb } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrations";
import { addDays, dateFromDay, localDay, zonedInstant } from "../lib/time";
import { createDatabase, startRealPostgresCluster } from "../tests/support/real-postgres";

const PORT = 3400;
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const ROUNDS = 3;
const AUTH_SECRET = "bench-secret-bench-secret-bench-secret";
const SESSION_COOKIE = "authjs.session-token";

const { cluster, reason } = await startRealPostgresCluster();
if (!cluster) {
  console.error(`bench:shop needs PostgreSQL: ${reason}`);
  process.exit(1);
}
let server: ReturnType<typeof spawn> | null = null;
try {
  const url = await createDatabase(cluster.url, "cabas_bench");
  await applyMigrations(url);
  process.env.DATABASE_URL = url;
  const shopPath = await seedBenchMarket();
  await disconnectDb();

  if (!process.env.BENCH_SKIP_BUILD || !existsSync(".next/BUILD_ID"))
    spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  // BENCH_PROFILE=<dir> writes a CPU profile of the server there.
  const profile = process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  server = spawn(process.execPath, [...profile, "node_modules/next/dist/bin/next", "start", "-p", String(PORT)], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      AUTH_SECRET,
      AUTH_TRUST_HOST: "true",
      // A production server on this machine: no public APP_URL, no cron secret (lib/env.ts).
      CABAS_LOCAL: "1",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_POOL_SIZE: "20",
    },
    stdio: "ignore",
  });
  await waitFor(`http://127.0.0.1:${PORT}/api/health`);
  const member = {
    cookie: `${SESSION_COOKIE}=${await encode({ token: { sub: "bench-user-0" }, secret: AUTH_SECRET, salt: SESSION_COOKIE })}`,
  };
  // Each load must see what its visitor would: the sign-in invitation, or the member's account link.
  const page = async (headers: Record<string, string> = {}) =>
    (await fetch(`http://127.0.0.1:${PORT}${shopPath}`, { headers })).text();
  if (!(await page()).includes("callbackUrl=")) throw new Error("the visitor's shop page does not invite to sign in");
  if (!(await page(member)).includes('href="/compte"'))
    throw new Error("the member's shop page does not show the account");
  const panel = {
    method: "POST" as const,
    body: JSON.stringify(["bench", shopPath.split("/").pop()]),
    headers: {
      ...member,
      "next-action": serverActionId("app/(showcase)/load-shop-personal.tsx", "loadShopPersonalAction"),
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
    },
  };
  const loads: { name: string; url: string; headers: Record<string, string>; method?: "POST"; body?: string }[] = [
    { name: "GET /api/health (trivial)", url: `http://127.0.0.1:${PORT}/api/health`, headers: {} },
    { name: "GET shop page, visitor", url: `http://127.0.0.1:${PORT}${shopPath}`, headers: {} },
    { name: "GET shop page, member", url: `http://127.0.0.1:${PORT}${shopPath}`, headers: member },
    { name: "POST member's basket panel", url: `http://127.0.0.1:${PORT}${shopPath}`, ...panel },
  ];
  if (!(await (await fetch(`http://127.0.0.1:${PORT}${shopPath}`, panel)).text()).includes("panier"))
    throw new Error("the member's panel does not show the basket");
  for (const load of loads) await run(load, 2); // warm-up
  // The machine's speed drifts over a minute: the loads take turns, in rounds, and each figure is the median of
  // its rounds.
  const results: autocannon.Result[][] = loads.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, load] of loads.entries()) results[i].push(await run(load, SECONDS / ROUNDS));
  }
  const summaries = results.map((rounds) => ({
    p50: median(rounds.map((r) => r.latency.p50)),
    p97_5: median(rounds.map((r) => r.latency.p97_5)),
    throughput: median(rounds.map((r) => r.requests.average)),
    failures: rounds.reduce((sum, r) => sum + r.non2xx + r.errors, 0),
  }));
  console.log(`\n${"route".padEnd(28)} ${"p50".padStart(9)} ${"p97.5".padStart(9)} ${"throughput".padStart(14)}`);
  for (const [i, load] of loads.entries()) {
    const r = summaries[i];
    console.log(
      `${load.name.padEnd(28)} ${String(r.p50).padStart(6)} ms ${String(r.p97_5).padStart(6)} ms ${String(Math.round(r.throughput)).padStart(8)} req/s  (${r.failures} failed)`,
    );
  }
  const share = (r: (typeof summaries)[number]) => `${Math.round((r.throughput / summaries[0].throughput) * 100)} %`;
  console.log(
    `\nshop / trivial throughput: ${share(summaries[1])} as a visitor, ${share(summaries[2])} as a member (+ ${share(summaries[3])} for the panel)   (48 products of 1,000 a page; ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS / ROUNDS} s each)`,
  );
} finally {
  server?.kill("SIGINT");
  if (process.env.BENCH_PROFILE) await new Promise((r) => setTimeout(r, 3000));
  await disconnectDb();
  await cluster.stop();
}
process.exit(0);

function run(
  load: { url: string; headers: Record<string, string>; method?: "POST"; body?: string },
  duration: number,
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) =>
    autocannon({ ...load, connections: CONNECTIONS, duration }, (error, result) =>
      error ? reject(error) : resolve(result),
    ),
  );
}

// The id Next gave a server action at build time, as a browser would send it.
function serverActionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const entry = Object.entries(manifest.node).find(
    ([, action]) => action.filename === filename && action.exportedName === exportedName,
  );
  if (!entry) throw new Error(`no server action ${exportedName} in ${filename}`);
  return entry[0];
}

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function waitFor(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}

async function seedBenchMarket(): Promise<string> {
  const now = new Date();
  const tz = "Europe/Paris";
  const market = await db().market.create({
    data: {
      slug: "bench",
      name: "Marché de test de charge",
      places: { create: [{ name: "Halle", address: "1 place", zipCode: "69000", city: "Lyon" }] },
    },
    select: { id: true, places: { select: { id: true } } },
  });
  await db().user.createMany({
    data: Array.from({ length: 300 }, (_, i) => ({
      id: `bench-user-${i}`,
      email: `membre${i}@bench.test`,
      passwordHash: "x",
      firstName: "Membre",
      lastName: `N${i}`,
    })),
  });
  await db().membership.createMany({
    data: Array.from({ length: 300 }, (_, i) => ({ marketId: market.id, userId: `bench-user-${i}` })),
  });
  const day = addDays(localDay(now, tz), 5);
  const distribution = await db().distribution.create({
    data: {
      marketId: market.id,
      placeId: market.places[0].id,
      day: dateFromDay(day),
      pickupStartAt: zonedInstant(day, 17 * 60, tz),
      pickupEndAt: zonedInstant(day, 19 * 60, tz),
      ordersOpenAt: new Date(now.getTime() - 86_400_000),
      ordersCloseAt: zonedInstant(addDays(day, -1), 20 * 60, tz),
    },
    select: { id: true },
  });
  const categories = [
    "FRUITS_VEGETABLES",
    "DAIRY",
    "BAKERY",
    "GROCERY",
    "DRINKS",
    "PREPARED",
    "HYGIENE",
    "OTHER",
  ] as const;
  for (let p = 0; p < 10; p++) {
    const producer = await db().producer.create({
      data: { slug: `bench-producer-${p}`, name: `Ferme ${p}` },
      select: { id: true },
    });
    const catalog = await db().catalog.create({
      data: { producerId: producer.id, name: `Catalogue ${p}` },
      select: { id: true },
    });
    await db().catalogLink.create({ data: { catalogId: catalog.id, marketId: market.id } });
    await db().participation.create({
      data: { catalogId: catalog.id, distributionId: distribution.id, status: "ACCEPTED" },
    });
    await db().product.createMany({
      data: Array.from({ length: 100 }, (_, i) => ({
        catalogId: catalog.id,
        name: `Produit ${p}-${String(i).padStart(3, "0")}`,
        priceCents: 100 + ((p * 100 + i) % 2000),
        category: categories[(p + i) % categories.length],
        unit: i % 3 === 0 ? ("KG" as const) : ("PIECE" as const),
        bulk: i % 3 === 0,
        step: i % 3 === 0 ? 0.1 : null,
      })),
    });
  }
  return `/m/bench/distributions/${distribution.id}`;
}
