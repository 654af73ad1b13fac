// The database as `npm start` provides it (scripts/serve.ts: the embedded PGlite in PGLITE_DIR, served on
// EMBEDDED_DB_PORT, migrated and seeded with the demo market), in a process of its own as under `npm start`,
// where Next is another process. Prints `DATABASE_URL=<url>` (the address Next would be given), then serves
// until its standard input closes.
import { prepareDatabase } from "../../scripts/database";

const database = await prepareDatabase(() => {});
console.log(`DATABASE_URL=${database.url}`);
process.stdin.resume();
process.stdin.on("end", async () => {
  await database.embedded?.stop();
  process.exit(0);
});
