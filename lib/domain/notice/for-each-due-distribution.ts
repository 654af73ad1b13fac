import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";

type NoticeFlag =
  "openingNoticeAt" | "reminderSentAt" | "closeNoticeAt" | "validationReminderAt" | "validationReminder2At";

// The shape every distribution notice job shares: find the distributions that are due and not yet flagged,
// then for each claim it by setting its flag in the same transaction that queues its mails. A concurrent
// run finds the flag set and skips it, so each notice is queued once. Returns how many mails were queued.
export async function forEachDueDistribution(
  { where, flag, now }: { where: Prisma.DistributionWhereInput; flag: NoticeFlag; now: Date },
  queue: (tx: Tx, distributionId: string) => Promise<number>,
): Promise<number> {
  const due = await db().distribution.findMany({ where: { ...where, [flag]: null }, select: { id: true }, take: 50 });
  let queued = 0;
  for (const { id } of due) {
    queued += await db().$transaction(
      async (tx) => {
        const claim = await tx.distribution.updateMany({
          where: { ...where, id, [flag]: null },
          data: { [flag]: now },
        });
        return claim.count === 0 ? 0 : queue(tx, id);
      },
      { timeout: 120_000 },
    );
  }
  return queued;
}
