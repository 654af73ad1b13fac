import { timingSafeEqual } from "node:crypto";
import { CRON_JOBS, type CronJobName } from "./jobs";

function authorized(request: Request): boolean {
  const secret = process.env.CRON_SECRET;
  const header = request.headers.get("authorization") ?? "";
  if (!secret) return false;
  const expected = Buffer.from(`Bearer ${secret}`);
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

// GET /api/cron/<job> with `Authorization: Bearer <CRON_SECRET>` (what Vercel Cron sends).
export async function handleCronRequest(request: Request, job: CronJobName): Promise<Response> {
  if (!authorized(request)) return Response.json({ error: "unauthorized" }, { status: 401 });
  const result = await CRON_JOBS[job].run(new Date());
  return Response.json({ job, result });
}
