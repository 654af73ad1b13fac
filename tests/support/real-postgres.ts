import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

export type RealPostgresCluster = { url: string; stop: () => Promise<void> };

// PGlite runs one statement at a time, which hides races; those tests run on Debian's PostgreSQL, in a
// throwaway cluster on 127.0.0.1. When PostgreSQL is not installed they are skipped and say why.
export async function startRealPostgresCluster(): Promise<{ cluster: RealPostgresCluster | null; reason: string }> {
  const bin = findPostgresBin();
  if (!bin)
    return { cluster: null, reason: "PostgreSQL is not installed (apt-get install postgresql; .ci/run does it)" };
  const asRoot = process.getuid?.() === 0;
  if (asRoot && spawnSync("id", ["postgres"]).status !== 0)
    return { cluster: null, reason: "no `postgres` system user to run the server as" };
  const dir = mkdtempSync(path.join(tmpdir(), "cabas-pg-"));
  chmodSync(dir, 0o777);
  const port = await freePort();
  const run = (cmd: string, args: string[]) =>
    asRoot
      ? execFileSync("runuser", ["-u", "postgres", "--", path.join(bin, cmd), ...args], { stdio: "pipe" })
      : execFileSync(path.join(bin, cmd), args, { stdio: "pipe" });
  const dataDir = path.join(dir, "data");
  try {
    run("initdb", ["-D", dataDir, "--auth=trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
    run("pg_ctl", [
      "-D",
      dataDir,
      "-o",
      `-h 127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c max_connections=200`,
      "-l",
      path.join(dir, "log"),
      "-w",
      "start",
    ]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { cluster: null, reason: `could not start PostgreSQL: ${(error as Error).message}` };
  }
  return {
    reason: "",
    cluster: {
      url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
      async stop() {
        try {
          run("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    },
  };
}

// A fresh database on the shared cluster for one test file.
export async function createDatabase(clusterUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: clusterUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}"`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function findPostgresBin(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const bin = path.join(root, v, "bin");
    if (existsSync(path.join(bin, "pg_ctl"))) return bin;
  }
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}
