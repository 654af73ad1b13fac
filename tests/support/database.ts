// Runs before each test file: a private PGlite database with the real migrations, served over the
// PostgreSQL protocol so the code under test uses the same adapter as production.
import { readFile } from "node:fs/promises";
import { afterAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

const dump = await readFile(inject("migratedDump"));
const pg = await startEmbeddedPostgres({ loadDataDir: new Blob([dump]) });
process.env.DATABASE_URL = pg.url;

afterAll(async () => {
  await disconnectDb();
  await pg.stop();
});
