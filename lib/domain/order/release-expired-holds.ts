import { db } from "@/lib/db/client";
import type { ItemFailure, JobOutcome } from "../job/item-failures";
import { releaseHeldStock } from "./basket-stock";

const BATCH = 500;

// The scheduled release of drafts' stock (basket-stock.ts): each draft whose hold has lapsed gives its managed
// stock back to the sale; its lines stay, to be checked again if it is confirmed. Each draft in its own
// transaction: one that fails stays due for the next run and the others go on. A draft is claimed under its
// row lock with the due condition checked again on the row as it is then, so a confirmation, a change that
// restarted the hold, or a second run at the same time finds nothing left to release.
export async function releaseExpiredHolds({ now }: { now: Date }): Promise<JobOutcome & { released: number }> {
  const due = await db().order.findMany({
    where: { confirmedAt: null, stockHeldUntil: { lte: now } },
    orderBy: { stockHeldUntil: "asc" },
    take: BATCH,
    select: { id: true },
  });
  let released = 0;
  let succeeded = 0;
  const failures: ItemFailure[] = [];
  for (const { id } of due) {
    try {
      const done = await db().$transaction(async (tx) => {
        const claimed = await tx.$queryRaw<{ id: string }[]>`
          SELECT "id" FROM "Order"
          WHERE "id" = ${id} AND "confirmedAt" IS NULL AND "stockHeldUntil" <= ${now}
          FOR UPDATE`;
        if (claimed.length === 0) return false;
        await releaseHeldStock(tx, id);
        await tx.order.update({ where: { id }, data: { stockHeldUntil: null } });
        return true;
      });
      if (done) released++;
      succeeded++;
    } catch (error) {
      failures.push({ item: "order", itemId: id, error });
    }
  }
  return { released, succeeded, failures };
}
