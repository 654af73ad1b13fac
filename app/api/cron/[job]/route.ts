import { handleCronRequest } from "@/lib/cron/handle-cron-request";
import { CRON_JOBS, type CronJobName, type CronJobReport } from "@/lib/cron/jobs";
import { log } from "@/lib/log";
import { expirePublicPages } from "@/lib/public-cache";

// The jobs that give stock back (drafts' lapsed holds released, drafts dropped at close): the cached shop pages
// show stock, so they go once such a job has done something (lib/public-cache.ts). `npm run cron` runs outside
// Next, where its cache cannot be reached: those pages then catch up by time.
const GIVES_STOCK_BACK: readonly string[] = ["release-stock", "close-orders"];
const didSomething = (report: CronJobReport) =>
  Object.entries(report).some(([key, value]) => key !== "failed" && typeof value === "number" && value > 0);

// GET /api/cron/<job> — one route for the jobs of lib/cron/jobs.ts, each scheduled in vercel.json. Dynamic by
// nature (a dynamic segment, the request's headers): nothing here runs at build time.
export async function GET(request: Request, { params }: { params: Promise<{ job: string }> }) {
  const { job } = await params;
  if (!Object.hasOwn(CRON_JOBS, job)) return Response.json({ error: "unknown job" }, { status: 404 });
  return handleCronRequest(request, job as CronJobName, log(), (report) => {
    if (GIVES_STOCK_BACK.includes(job) && didSomething(report)) expirePublicPages();
  });
}
