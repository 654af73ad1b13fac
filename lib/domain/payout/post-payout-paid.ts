import type { Tx } from "@/lib/db/client";
import { postTransaction } from "../ledger/post-transaction";
import { queuePayoutSent } from "../notice/queue-money-notices";

// A payout leaves Cabas's Stripe balance for the producer, by a Stripe transfer or by a bank transfer the
// platform operator made: one PAYOUT transaction off the producer's account for that distribution, and the
// producer's users told.
export async function postPayoutPaid(
  tx: Tx,
  payout: { id: string; producerId: string; marketId: string; distributionId: string; amountCents: number },
  { occurredAt, reference, createdById }: { occurredAt: Date; reference?: string; createdById?: string },
) {
  await postTransaction(tx, {
    marketId: payout.marketId,
    kind: "PAYOUT",
    method: "TRANSFER",
    reference,
    createdById,
    payoutId: payout.id,
    distributionId: payout.distributionId,
    occurredAt,
    entries: [
      {
        account: "PRODUCER",
        producerId: payout.producerId,
        distributionId: payout.distributionId,
        amountCents: -payout.amountCents,
      },
      { account: "PLATFORM_STRIPE", amountCents: payout.amountCents },
    ],
  });
  const details = await tx.payout.findUniqueOrThrow({
    where: { id: payout.id },
    select: {
      market: { select: { name: true, timeZone: true } },
      distribution: { select: { day: true } },
      producer: { select: { users: { select: { user: { select: { id: true, email: true, locale: true } } } } } },
    },
  });
  await queuePayoutSent(tx, {
    payoutId: payout.id,
    users: details.producer.users.map((u) => u.user),
    market: details.market,
    netCents: payout.amountCents,
    distributionDay: details.distribution.day,
  });
}
