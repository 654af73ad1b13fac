import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import type { ItemFailure } from "../job/item-failures";

type NoticeFlag =
  | "openingNoticeAt"
  | "reminderSentAt"
  | "closeNoticeAt"
  | "validationReminderAt"
  | "validationReminder2At"
  | "noCatalogWarningAt";

// The shape every distribution notice job shares: find the distributions that are due and not yet flagged,
// then for each claim it by setting its flag in the same transaction that queues its mails. A concurrent
// run finds the flag set and skips it, so each notice is queued once. Each distribution is handled on its
// own: one that fails (a row its mails cannot be written from) rolls back, flag included, so it stays due for
// the next run, and the others go on. A cancelled distribution gets none (its cancellation was mailed).
// Returns how many mails were queued, for how many distributions.
export async function forEachDueDistribution(
  { where, flag, now }: { where: Prisma.DistributionWhereInput; flag: NoticeFlag; now: Date },
  queue: (tx: Tx, distributionId: string) => Promise<number>,
): Promise<{ queued: number; succeeded: number; failures: ItemFailure[] }> {
  const due = await db().distribution.findMany({
    where: { ...where, cancelledAt: null, [flag]: null },
    select: { id: true },
    take: 50,
  });
  let queued = 0;
  let succeeded = 0;
  const failures: ItemFailure[] = [];
  for (const { id } of due) {
    try {
      const count = await db().$transaction(
        async (tx) => {
          const claim = await tx.distribution.updateMany({
            where: { ...where, cancelledAt: null, id, [flag]: null },
            data: { [flag]: now },
          });
          return claim.count === 0 ? null : queue(tx, id);
        },
        { timeout: 120_000 },
      );
      if (count === null) continue;
      queued += count;
      succeeded++;
    } catch (error) {
      failures.push({ item: "distribution", itemId: id, error });
    }
  }
  return { queued, succeeded, failures };
}
