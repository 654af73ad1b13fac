import { db } from "@/lib/db/client";
import { issueFeeInvoices } from "../invoice/issue-fee-invoices";
import type { ItemFailure } from "../job/item-failures";
import { reconcilePayouts } from "./reconcile-payouts";

export { feeCents } from "./reconcile-payouts";

// For every validated distribution not scheduled yet, per producer: its sales (the ledger's ORDER entries on its
// account, i.e. the confirmed baskets' delivered lines), the market's fee taken out of them (a FEE transaction),
// and a payout of what Cabas collected online for it, at most the net owed. The rest (paid on the spot, by
// transfer, or not paid) is owed by the market, on the statements. Each distribution is claimed and scheduled,
// with the market's fee invoices to its producers (issue-fee-invoices.ts), in its own transaction: a second run,
// or a concurrent one, finds it claimed; one that fails is reported and stays unclaimed, so the next run tries it
// again, and the others go on.
export async function schedulePayouts({ now }: { now: Date }) {
  const distributions = await db().distribution.findMany({
    where: { validatedAt: { not: null }, payoutsScheduledAt: null },
    select: {
      id: true,
      marketId: true,
      validatedAt: true,
      pickupStartAt: true,
      market: { select: { timeZone: true, feeBp: true } },
    },
    take: 100,
  });
  let created = 0;
  let succeeded = 0;
  const failures: ItemFailure[] = [];
  for (const d of distributions) {
    try {
      created += await schedulePayoutsOf(d, now);
      succeeded++;
    } catch (error) {
      failures.push({ item: "distribution", itemId: d.id, error });
    }
  }
  return { created, succeeded, failures };
}

async function schedulePayoutsOf(d: Parameters<typeof reconcilePayouts>[1], now: Date): Promise<number> {
  return db().$transaction(async (tx) => {
    const claimed = await tx.distribution.updateMany({
      where: { id: d.id, payoutsScheduledAt: null },
      data: { payoutsScheduledAt: now },
    });
    if (claimed.count === 0) return 0;
    const created = await reconcilePayouts(tx, d, now);
    await issueFeeInvoices(tx, d.id, now);
    return created;
  });
}
