import { timingSafeEqual } from "node:crypto";
import { log, type Logger } from "@/lib/log";
import { type CronJobName, runCronJob } from "./jobs";

function authorized(request: Request): boolean {
  const secret = process.env.CRON_SECRET;
  const header = request.headers.get("authorization") ?? "";
  if (!secret) return false;
  const expected = Buffer.from(`Bearer ${secret}`);
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

// GET /api/cron/<job> with `Authorization: Bearer <CRON_SECRET>` (what Vercel Cron sends). Answers how many
// items succeeded and failed (200, failed items are retried on the next run); 500 only when the job itself
// could not run (database down), with the reason in the log, not in the answer.
export async function handleCronRequest(request: Request, job: CronJobName, logger: Logger = log()): Promise<Response> {
  if (!authorized(request)) return Response.json({ error: "unauthorized" }, { status: 401 });
  try {
    return Response.json({ job, result: await runCronJob(job, new Date(), logger) });
  } catch (error) {
    logger.error({ job, error }, "scheduled job failed");
    return Response.json({ job, error: "failed" }, { status: 500 });
  }
}
