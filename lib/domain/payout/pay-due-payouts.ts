import { db } from "@/lib/db/client";
import { localDay, dateFromDay } from "@/lib/time";
import type { ItemFailure } from "../job/item-failures";
import { postPayoutPaid } from "./post-payout-paid";

export type TransferMoney = (transfer: {
  payoutId: string;
  amountCents: number;
  destinationAccountId: string;
}) => Promise<{ transferId: string }>;

// Pays the payouts whose Monday has come (in the market's time zone). A producer connected to Stripe is paid
// by transfer; one without is marked MANUAL (due by bank transfer, shown on the statements), and is paid by
// Stripe on the first run after the producer connects, unless the platform operator has recorded the bank
// transfer meanwhile (record-manual-payout.ts). Each payout is
// locked (`FOR UPDATE SKIP LOCKED`) while it is paid, and the transfer carries the payout id as idempotency
// key, so concurrent or retried batches never pay twice. Each payout has its own transaction: one that fails
// (the transfer refused, a row its notice cannot be written from) rolls back, is reported in `failures` and
// shown as FAILED on the statements, and stays due: the next run tries it again, the others go on.
export async function payDuePayouts({ now, transfer }: { now: Date; transfer: TransferMoney | null }) {
  // Coarse filter in SQL (the latest calendar day anywhere on Earth), exact one per market time zone below.
  const candidates = await db().payout.findMany({
    where: {
      OR: [
        { status: { in: ["SCHEDULED", "FAILED"] } },
        { status: "MANUAL", producer: { stripeOnboardedAt: { not: null } } },
      ],
      scheduledFor: { lte: dateFromDay(localDay(now, "Pacific/Kiritimati")) },
    },
    select: { id: true, scheduledFor: true, market: { select: { timeZone: true } } },
    take: 200,
  });
  const due = candidates.filter((p) => localDay(now, p.market.timeZone) >= p.scheduledFor.toISOString().slice(0, 10));
  let paid = 0;
  let manual = 0;
  const failures: ItemFailure[] = [];
  for (const { id } of due) {
    try {
      const outcome = await payOne(id, now, transfer);
      if (outcome === "paid") paid++;
      else if (outcome === "manual") manual++;
    } catch (error) {
      failures.push({ item: "payout", itemId: id, error });
      // Once Stripe accepted the transfer the payout is not failed, only not recorded yet: it stays SCHEDULED
      // and the next run reconciles it (the same idempotency key gets the same transfer back). Should this
      // write fail too, the payout is still SCHEDULED, and as due.
      if (!(error instanceof TransferAcceptedError))
        await db()
          .payout.updateMany({ where: { id, status: "SCHEDULED" }, data: { status: "FAILED" } })
          .catch(() => undefined);
    }
  }
  return { paid, manual, succeeded: paid + manual, failures };
}

async function payOne(id: string, now: Date, transfer: TransferMoney | null): Promise<"paid" | "manual" | "skipped"> {
  let acceptedTransferId: string | null = null;
  return db()
    .$transaction(
      async (tx) => {
        const [payout] = await tx.$queryRaw<
          { id: string; producerId: string; marketId: string; distributionId: string; amountCents: number }[]
        >`
        SELECT "id", "producerId", "marketId", "distributionId", "amountCents" FROM "Payout"
        WHERE "id" = ${id} AND "status" IN ('SCHEDULED', 'FAILED', 'MANUAL') FOR UPDATE SKIP LOCKED`;
        if (!payout) return "skipped";
        const producer = await tx.producer.findUniqueOrThrow({
          where: { id: payout.producerId },
          select: { stripeAccountId: true, stripeOnboardedAt: true },
        });
        if (!transfer || !producer.stripeAccountId || !producer.stripeOnboardedAt) {
          await tx.payout.update({ where: { id }, data: { status: "MANUAL" } });
          return "manual";
        }
        // Everything that could fail on this payout's rows is written before the money moves, the transfer
        // last: a failure after it (the commit) is retried within the hour, and Stripe answers the same
        // idempotency key with the same transfer.
        await postPayoutPaid(tx, payout, { occurredAt: now });
        const { transferId } = await transfer({
          payoutId: id,
          amountCents: payout.amountCents,
          destinationAccountId: producer.stripeAccountId,
        });
        acceptedTransferId = transferId;
        await tx.payout.update({ where: { id }, data: { status: "PAID", paidAt: now, stripeTransferId: transferId } });
        return "paid";
      },
      { timeout: 60_000 },
    )
    .catch((error) => {
      // The last writes, or the commit itself, can fail after the transfer went through.
      if (acceptedTransferId) throw new TransferAcceptedError(acceptedTransferId, error);
      throw error;
    });
}

class TransferAcceptedError extends Error {
  constructor(transferId: string, cause: unknown) {
    super(`Stripe accepted transfer ${transferId} but the payout could not be recorded`, { cause });
  }
}
