import { db } from "@/lib/db/client";
import { dayFromDate } from "@/lib/time";
import { requireOperator, type Actor } from "../access/actor";

// The payouts Cabas owes by bank transfer (MANUAL: the producer had no connected Stripe account when they
// fell due), oldest first, with what the operator needs to make the transfer and to reach the producer.
export async function listManualPayouts({ actor }: { actor: Actor }) {
  requireOperator(actor);
  const payouts = await db().payout.findMany({
    where: { status: "MANUAL" },
    orderBy: [{ scheduledFor: "asc" }, { id: "asc" }],
    select: {
      id: true,
      amountCents: true,
      scheduledFor: true,
      market: { select: { name: true, timeZone: true } },
      distribution: { select: { day: true } },
      producer: { select: { name: true, email: true, phone: true } },
    },
  });
  return payouts.map((p) => ({
    id: p.id,
    amountCents: p.amountCents,
    dueOn: dayFromDate(p.scheduledFor),
    marketName: p.market.name,
    timeZone: p.market.timeZone,
    distributionDay: dayFromDate(p.distribution.day),
    producer: p.producer,
  }));
}
export type ManualPayout = Awaited<ReturnType<typeof listManualPayouts>>[number];
