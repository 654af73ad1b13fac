import { db } from "@/lib/db/client";
import { isCalendarDay, localDay, noonOf } from "@/lib/time";
import { requireOperator, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { postPayoutPaid } from "./post-payout-paid";

// A payout Stripe could not make (the producer has no connected account: MANUAL) is paid by Cabas by bank
// transfer; its operator records it here, with the day it left (not in the future, in the market's calendar)
// and the transfer's reference. The payout's row is locked, and it must still be MANUAL: the payout job, which
// pays it by Stripe once the producer connects, locks it the same way, so a payout is paid once either way.
export async function recordManualPayout({
  actor,
  payoutId,
  paidOn,
  reference,
  now,
}: {
  actor: Actor;
  payoutId: string;
  paidOn: string;
  reference: string;
  now: Date;
}) {
  requireOperator(actor);
  if (!isCalendarDay(paidOn)) throw new DomainError("SETTLEMENT_DATE_INVALID", "paidOn");
  await db().$transaction(async (tx) => {
    const [payout] = await tx.$queryRaw<
      {
        id: string;
        producerId: string;
        marketId: string;
        distributionId: string;
        amountCents: number;
        status: string;
        timeZone: string;
      }[]
    >`
      SELECT p.id, p."producerId", p."marketId", p."distributionId", p."amountCents", p.status::text AS status,
        m."timeZone"
      FROM "Payout" p JOIN "Market" m ON m.id = p."marketId"
      WHERE p.id = ${payoutId} FOR UPDATE OF p`;
    if (!payout) throw new DomainError("NOT_FOUND");
    if (payout.status !== "MANUAL") throw new DomainError("PAYOUT_NOT_MANUAL");
    if (paidOn > localDay(now, payout.timeZone)) throw new DomainError("SETTLEMENT_DATE_IN_FUTURE", "paidOn");
    const paidAt = noonOf(paidOn, payout.timeZone, now);
    await postPayoutPaid(tx, payout, { occurredAt: paidAt, reference, createdById: actor.userId });
    await tx.payout.update({ where: { id: payout.id }, data: { status: "PAID", paidAt } });
  });
}
