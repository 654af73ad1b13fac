// npm run cron [-- --once] — runs the scheduled jobs locally, every minute (or once), against DATABASE_URL.
// With the embedded database, run it while `npm run dev` is running: it connects to that server
// (EMBEDDED_DB_PORT), since only one process may own the PGlite directory.
import { CRON_JOBS } from "../lib/cron/jobs";
import { disconnectDb } from "../lib/db/client";
import { localDatabaseUrl } from "./local-secrets";

process.env.DATABASE_URL ??= localDatabaseUrl();
const once = process.argv.includes("--once");

async function tick() {
  for (const [name, job] of Object.entries(CRON_JOBS)) {
    try {
      console.log(new Date().toISOString(), name, JSON.stringify(await job.run(new Date())));
    } catch (error) {
      console.error(new Date().toISOString(), name, "failed:", error);
    }
  }
}

await tick();
if (once) {
  await disconnectDb();
  process.exit(0);
}
setInterval(tick, 60_000);
