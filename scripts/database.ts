import { mkdirSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../lib/db/embedded-postgres";
import { localSecret } from "./local-secrets";

// With DATABASE_URL set, Cabas uses that PostgreSQL server. Without it, this process owns an embedded
// PGlite database in .data/ (PGLITE_DIR) and serves it over the PostgreSQL protocol on 127.0.0.1:EMBEDDED_DB_PORT,
// to clients that give the password kept in .data/db-password (PGlite itself would let anyone in).
export async function provideDatabase(): Promise<{ url: string; embedded: EmbeddedPostgres | null }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: null };
  const dataDir = path.resolve(process.env.PGLITE_DIR ?? ".data/pglite");
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const port = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
  try {
    const embedded = await startEmbeddedPostgres({ dataDir, port, password: localSecret("db-password") });
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
