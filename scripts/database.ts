import { mkdirSync } from "node:fs";
import path from "node:path";
import { disconnectDb } from "../lib/db/client";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrations";
import { seedDemoIfEmpty } from "../prisma/seed";
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
      `Embedded PostgreSQL (PGlite) in ${path.relative(process.cwd(), dataDir)}, served on 127.0.0.1:${new URL(embedded.url).port}`,
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

// What `npm run dev` and `npm start` do before Next starts (scripts/serve.ts): the database, its migrations, and
// the demo market in an empty embedded database (or with SEED_DEMO=1). tests/support/serve-database.ts does the
// same in a process of its own, for the test that loads it as Next would.
export async function prepareDatabase(log: (line: string) => void = console.log) {
  const database = await provideDatabase();
  process.env.DATABASE_URL = database.url;
  await applyMigrations(database.url, log);
  if (database.embedded || process.env.SEED_DEMO === "1") {
    if (await seedDemoIfEmpty(new Date())) log("Demo market seeded: http://localhost:3000/m/bellefontaine");
  }
  await disconnectDb();
  return database;
}
