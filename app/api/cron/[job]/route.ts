import { handleCronRequest } from "@/lib/cron/handle-cron-request";
import { CRON_JOBS, type CronJobName } from "@/lib/cron/jobs";

// GET /api/cron/<job> — one route for the jobs of lib/cron/jobs.ts, each scheduled in vercel.json. Dynamic by
// nature (a dynamic segment, the request's headers): nothing here runs at build time. None of them drops cached
// public pages: the stock the jobs give back shows live on the shop pages (lib/public-cache.ts).
export async function GET(request: Request, { params }: { params: Promise<{ job: string }> }) {
  const { job } = await params;
  if (!Object.hasOwn(CRON_JOBS, job)) return Response.json({ error: "unknown job" }, { status: 404 });
  return handleCronRequest(request, job as CronJobName);
}
