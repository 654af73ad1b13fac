// The two databases `npm run bench` measures, each seeded with the bench market and served by `npm start`
// (scripts/serve.ts) from the same build: a throwaway PostgreSQL cluster (as the race tests use), and the
// embedded PGlite database that `npm start` owns and serves when DATABASE_URL is unset.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, openSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { disconnectDb } from "../../lib/db/client";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { applyMigrations } from "../../lib/db/migrations";
import { createDatabase, startRealPostgresCluster } from "../../tests/support/real-postgres";
import { localSecret } from "../local-secrets";
import { type BenchMarket, seedBenchMarket } from "./seed";

export type DatabaseKind = "PostgreSQL" | "embedded PGlite";

export type SeededDatabase = {
  kind: DatabaseKind;
  market: BenchMarket;
  // What `npm start` is given to reach it, and what the bench uses to read it back (the same server for
  // PostgreSQL; the one `npm start` serves for the embedded database).
  serverEnv: Record<string, string>;
  readUrl: string;
  dispose: () => Promise<void>;
};

// Seeds the bench market, then lets go of the database, so that the server is its only user.
export async function seededDatabase(kind: DatabaseKind, now: Date): Promise<SeededDatabase> {
  if (kind === "PostgreSQL") {
    const { cluster, reason } = await startRealPostgresCluster();
    if (!cluster) throw new Error(`the PostgreSQL run needs PostgreSQL: ${reason}`);
    try {
      const url = await createDatabase(cluster.url, "cabas_bench");
      const market = await seedInto(url, now);
      return { kind, market, serverEnv: { DATABASE_URL: url }, readUrl: url, dispose: () => cluster.stop() };
    } catch (error) {
      await cluster.stop();
      throw error;
    }
  }
  // One owner at a time (PGlite loses rows otherwise): this process while seeding, then `npm start`.
  const dir = mkdtempSync(path.join(tmpdir(), "cabas-bench-pglite-"));
  const password = localSecret("db-password");
  const port = await freePort();
  try {
    const embedded = await startEmbeddedPostgres({ dataDir: dir, port, password });
    let market: BenchMarket;
    try {
      market = await seedInto(embedded.url, now);
    } finally {
      await embedded.stop();
    }
    return {
      kind,
      market,
      serverEnv: { PGLITE_DIR: dir, EMBEDDED_DB_PORT: String(port) },
      readUrl: embedded.url,
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

async function seedInto(url: string, now: Date): Promise<BenchMarket> {
  await applyMigrations(url);
  process.env.DATABASE_URL = url;
  try {
    return await seedBenchMarket(now);
  } finally {
    await disconnectDb();
    delete process.env.DATABASE_URL;
  }
}

export type RunningServer = { origin: string; log: string; stop: () => Promise<void> };

// `npm start` as a production server on this machine (CABAS_LOCAL=1), in its own process group so that
// stopping it stops Next too.
export async function startServer(database: SeededDatabase, authSecret: string): Promise<RunningServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const log = path.resolve(".data", `bench-server-${database.kind === "PostgreSQL" ? "postgresql" : "pglite"}.log`);
  const out = openSync(log, "w");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...database.serverEnv,
    PORT: String(port),
    APP_URL: origin,
    AUTH_SECRET: authSecret,
    CABAS_LOCAL: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  };
  if (!database.serverEnv.DATABASE_URL) delete env.DATABASE_URL;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "start"], {
    env,
    stdio: ["ignore", out, out],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = () => stopGroup(child, exited);
  try {
    await waitForHealth(`${origin}/api/health`, child);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message} (server log: ${log})`);
  }
  return { origin, log, stop };
}

async function stopGroup(child: ChildProcess, exited: Promise<void>) {
  if (child.exitCode !== null || child.pid === undefined) return;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
  };
  signal("SIGINT");
  const stopped = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
  if (!stopped) signal("SIGKILL");
}

async function waitForHealth(url: string, child: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`npm start stopped (exit code ${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await sleep(200);
  }
  throw new Error(`${url} did not answer within two minutes`);
}

export function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}
