import { afterAll, beforeAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { createDatabase } from "./real-postgres";

// For race tests: the whole test file runs on a fresh database of the throwaway PostgreSQL cluster (PGlite
// would serialise the statements and hide the race). Returns whether it is available; when it is not, the
// file should `describe.skipIf(!available)` and the reason is printed.
export function onRealPostgres(databaseName: string): boolean {
  const real = inject("realPostgres");
  if (!real.url) {
    console.warn(`[real PostgreSQL] ${databaseName} skipped: ${real.reason}`);
    return false;
  }
  const embeddedUrl = process.env.DATABASE_URL;
  beforeAll(async () => {
    const url = await createDatabase(real.url!, databaseName);
    await applyMigrations(url);
    await disconnectDb();
    process.env.DATABASE_URL = url;
  });
  afterAll(async () => {
    await disconnectDb();
    process.env.DATABASE_URL = embeddedUrl;
  });
  return true;
}
