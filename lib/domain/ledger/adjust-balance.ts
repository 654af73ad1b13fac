import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { MAX_ORDER_TOTAL_CENTS } from "../limits";
import { postTransaction } from "./post-transaction";

export const BALANCE_ADJUSTMENT_REASONS = ["GOODWILL", "CORRECTION"] as const;
export type BalanceAdjustmentReason = (typeof BALANCE_ADJUSTMENT_REASONS)[number];

// An admin credits (goodwill, a correction in the member's favour) or debits (a correction) a member's balance,
// always with the reason written down. No money comes in: the market bears it (MARKET_EXPENSES). Money that
// does come in for a balance (a top-up in cash or by transfer) is a payment instead (receive-payment.ts).
export async function adjustBalance({
  actor,
  marketId,
  userId,
  amountCents,
  reason,
  note,
  now,
}: {
  actor: Actor;
  marketId: string;
  userId: string;
  amountCents: number;
  reason: BalanceAdjustmentReason;
  note: string;
  now: Date;
}) {
  requireMarketRight(actor, marketId, "admin");
  if (!Number.isSafeInteger(amountCents) || amountCents === 0) throw new DomainError("AMOUNT_INVALID", "amount");
  if (Math.abs(amountCents) > MAX_ORDER_TOTAL_CENTS) throw new DomainError("AMOUNT_TOO_LARGE", "amount");
  if (reason === "GOODWILL" && amountCents < 0) throw new DomainError("GOODWILL_MUST_CREDIT", "amount");
  const text = note.trim();
  if (!text) throw new DomainError("REASON_REQUIRED", "note");
  const member = await db().membership.findUnique({
    where: { marketId_userId: { marketId, userId } },
    select: { id: true },
  });
  if (!member) throw new DomainError("NOT_FOUND");
  await db().$transaction((tx) =>
    postTransaction(tx, {
      marketId,
      kind: "BALANCE_CREDIT",
      label: `${reason}: ${text}`,
      createdById: actor.userId,
      occurredAt: now,
      entries: [
        { account: "SHOPPER", userId, amountCents },
        { account: "MARKET_EXPENSES", amountCents: -amountCents },
      ],
    }),
  );
}
