import { db, Prisma, type Tx } from "@/lib/db/client";
import type { SettlementMethod } from "@/lib/validation/statements";
import { dayFromDate, isCalendarDay, localDay, noonOf } from "@/lib/time";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { postTransaction } from "../ledger/post-transaction";
import { marketDueCents, producerLedgerSums } from "./producer-ledger-sums";

// « Payé au producteur »: the market paid a producer (part of) what it owed for a distribution, by transfer or
// cheque from its bank account, or in cash from its till, on `paidOn` (a day of the market's calendar, not in
// the future nor before the distribution). Never more than it still owes: the distribution's row is locked
// while the debt is read and the settlement written, so two admins settling at once are served one after the
// other and the second sees what the first paid. Refused until the payouts are scheduled, since what Cabas
// pays (and so what the market owes) is only known then. A mistake is reversed, never deleted
// (reverse-producer-settlement.ts).
export async function recordProducerSettlement({
  actor,
  marketId,
  producerId,
  distributionId,
  amountCents,
  method,
  paidOn,
  reference,
  now,
}: {
  actor: Actor;
  marketId: string;
  producerId: string;
  distributionId: string;
  amountCents: number;
  method: SettlementMethod;
  paidOn: string;
  reference: string | null;
  now: Date;
}): Promise<{ transactionId: string }> {
  requireMarketRight(actor, marketId, "admin");
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0) throw new DomainError("AMOUNT_INVALID", "amount");
  if (!isCalendarDay(paidOn)) throw new DomainError("SETTLEMENT_DATE_INVALID", "paidOn");
  return db().$transaction(async (tx) => {
    const [distribution] = await tx.$queryRaw<{ day: Date; timeZone: string; payoutsScheduledAt: Date | null }[]>`
      SELECT d.day, d."payoutsScheduledAt", m."timeZone" FROM "Distribution" d JOIN "Market" m ON m.id = d."marketId"
      WHERE d.id = ${distributionId} AND d."marketId" = ${marketId} FOR UPDATE OF d`;
    if (!distribution) throw new DomainError("NOT_FOUND");
    if (!distribution.payoutsScheduledAt) throw new DomainError("STATEMENT_NOT_SCHEDULED");
    if (paidOn > localDay(now, distribution.timeZone)) throw new DomainError("SETTLEMENT_DATE_IN_FUTURE", "paidOn");
    if (paidOn < dayFromDate(distribution.day)) throw new DomainError("SETTLEMENT_DATE_BEFORE_DISTRIBUTION", "paidOn");
    if (amountCents > (await marketOwes(tx, producerId, distributionId)))
      throw new DomainError("SETTLEMENT_MORE_THAN_OWED", "amount");
    const transactionId = await postTransaction(tx, {
      marketId,
      kind: "PRODUCER_SETTLEMENT",
      method,
      reference: reference ?? undefined,
      distributionId,
      createdById: actor.userId,
      occurredAt: noonOf(paidOn, distribution.timeZone, now),
      entries: [
        { account: "PRODUCER", producerId, distributionId, amountCents: -amountCents },
        { account: method === "CASH" ? "MARKET_TILL" : "MARKET_BANK", amountCents },
      ],
    });
    return { transactionId: transactionId! };
  });
}

async function marketOwes(tx: Tx, producerId: string, distributionId: string): Promise<number> {
  const [sums] = await producerLedgerSums(
    tx,
    Prisma.sql`e."producerId" = ${producerId} AND e."distributionId" = ${distributionId}`,
  );
  if (!sums) return 0;
  const payout = await tx.payout.findUnique({
    where: { producerId_distributionId: { producerId, distributionId } },
    select: { amountCents: true },
  });
  return marketDueCents(sums, payout?.amountCents ?? 0);
}
