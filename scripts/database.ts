import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../lib/db/embedded-postgres";

// With DATABASE_URL set, Cabas uses that PostgreSQL server. Without it, this process owns an embedded
// PGlite database in .data/ (PGLITE_DIR) and serves it over the PostgreSQL protocol on EMBEDDED_DB_PORT.
export async function provideDatabase(): Promise<{ url: string; embedded: EmbeddedPostgres | null }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: null };
  const dataDir = path.resolve(process.env.PGLITE_DIR ?? ".data/pglite");
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const port = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
  try {
    const embedded = await startEmbeddedPostgres({ dataDir, port });
    console.log(
      `Embedded PostgreSQL (PGlite) in ${path.relative(process.cwd(), dataDir)}, served on 127.0.0.1:${port}`,
    );
    return { url: embedded.url, embedded };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      console.error(`Port ${port} is taken: is Cabas already running? Stop it, or set EMBEDDED_DB_PORT.`);
      process.exit(1);
    }
    throw error;
  }
}

// A random secret kept beside the embedded database, so local sessions survive restarts without any
// set-up. Production must set AUTH_SECRET itself.
export function localAuthSecret(): string {
  const file = path.resolve(".data/auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
