import { db } from "@/lib/db/client";
import { localDay, dateFromDay } from "@/lib/time";
import { queuePayoutSent } from "../notice/queue-money-notices";

export type TransferMoney = (transfer: {
  payoutId: string;
  amountCents: number;
  destinationAccountId: string;
}) => Promise<{ transferId: string }>;

// Pays the payouts whose Monday has come (in the market's time zone). A producer connected to Stripe is paid
// by transfer; one without is marked MANUAL (due by bank transfer, shown on the statements). Each payout is
// locked (`FOR UPDATE SKIP LOCKED`) while it is paid, and the transfer carries the payout id as idempotency
// key, so concurrent or retried batches never pay twice.
export async function payDuePayouts({ now, transfer }: { now: Date; transfer: TransferMoney | null }) {
  // Coarse filter in SQL (the latest calendar day anywhere on Earth), exact one per market time zone below.
  const candidates = await db().payout.findMany({
    where: { status: "SCHEDULED", scheduledFor: { lte: dateFromDay(localDay(now, "Pacific/Kiritimati")) } },
    select: { id: true, scheduledFor: true, market: { select: { timeZone: true } } },
    take: 200,
  });
  const due = candidates.filter((p) => localDay(now, p.market.timeZone) >= p.scheduledFor.toISOString().slice(0, 10));
  let paid = 0;
  let manual = 0;
  let failed = 0;
  for (const { id } of due) {
    const outcome = await db().$transaction(
      async (tx) => {
        const [payout] = await tx.$queryRaw<
          { id: string; producerId: string; marketId: string; grossCents: number; feeCents: number }[]
        >`
          SELECT "id", "producerId", "marketId", "grossCents", "feeCents" FROM "Payout"
          WHERE "id" = ${id} AND "status" = 'SCHEDULED' FOR UPDATE SKIP LOCKED`;
        if (!payout) return "skipped";
        const producer = await tx.producer.findUniqueOrThrow({
          where: { id: payout.producerId },
          select: { stripeAccountId: true, stripeOnboardedAt: true },
        });
        const net = payout.grossCents - payout.feeCents;
        if (!transfer || !producer.stripeAccountId || !producer.stripeOnboardedAt) {
          await tx.payout.update({ where: { id }, data: { status: "MANUAL" } });
          return "manual";
        }
        try {
          const { transferId } = await transfer({
            payoutId: id,
            amountCents: net,
            destinationAccountId: producer.stripeAccountId,
          });
          await tx.payout.update({
            where: { id },
            data: { status: "PAID", paidAt: now, stripeTransferId: transferId },
          });
          await tx.ledgerEntry.create({
            data: {
              marketId: payout.marketId,
              producerId: payout.producerId,
              kind: "PAYOUT_SENT",
              amountCents: -net,
              payoutId: id,
            },
          });
          const details = await tx.payout.findUniqueOrThrow({
            where: { id },
            select: {
              market: { select: { name: true, timeZone: true } },
              distribution: { select: { day: true } },
              producer: {
                select: { users: { select: { user: { select: { id: true, email: true, locale: true } } } } },
              },
            },
          });
          await queuePayoutSent(tx, {
            payoutId: id,
            users: details.producer.users.map((u) => u.user),
            market: details.market,
            netCents: net,
            distributionDay: details.distribution.day,
          });
          return "paid";
        } catch {
          await tx.payout.update({ where: { id }, data: { status: "FAILED" } });
          return "failed";
        }
      },
      { timeout: 60_000 },
    );
    if (outcome === "paid") paid++;
    else if (outcome === "manual") manual++;
    else if (outcome === "failed") failed++;
  }
  return { paid, manual, failed };
}
