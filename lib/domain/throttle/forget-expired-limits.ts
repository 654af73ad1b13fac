import { db } from "@/lib/db/client";
import type { JobOutcome } from "../job/item-failures";

// rate-limiter-flexible's Prisma store leaves a counter's row in place once its window is over (it is reused if
// the same key comes back), so counters keyed by client address, the public API's above all, would pile up one
// row per address ever seen: the rows whose window and block are over are deleted, hourly (lib/cron/jobs.ts).
export async function forgetExpiredLimits({ now }: { now: Date }): Promise<JobOutcome & { forgotten: number }> {
  const { count } = await db().rateLimit.deleteMany({ where: { expire: { lt: now } } });
  return { forgotten: count, succeeded: count, failures: [] };
}
