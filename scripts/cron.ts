// npm run cron [-- --once] — runs the scheduled jobs locally, every minute (or once), against DATABASE_URL.
// With the embedded database, run it while `npm run dev` is running: it connects to that server
// (EMBEDDED_DB_PORT), since only one process may own the PGlite directory.
import { CRON_JOBS, type CronJobName, runCronJob } from "../lib/cron/jobs";
import { disconnectDb } from "../lib/db/client";
import { log } from "../lib/log";
import { localDatabaseUrl, localSecret } from "./local-secrets";

// Unsubscribe links in e-mails are signed with AUTH_SECRET: the same secret as the app that checks them.
if (!process.env.DATABASE_URL) process.env.AUTH_SECRET ??= localSecret("auth-secret");
process.env.DATABASE_URL ??= localDatabaseUrl();
const once = process.argv.includes("--once");

// One JSON line per job and run (its counts, succeeded and failed), plus one per failed item.
async function tick() {
  for (const job of Object.keys(CRON_JOBS) as CronJobName[]) {
    try {
      log().info({ job, ...(await runCronJob(job, new Date())) }, "scheduled job done");
    } catch (error) {
      log().error({ job, error }, "scheduled job failed");
    }
  }
}

await tick();
if (once) {
  await disconnectDb();
  process.exit(0);
}
setInterval(tick, 60_000);
