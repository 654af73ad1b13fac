import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { BALANCE_ADJUSTMENT_REASONS, type BalanceAdjustmentReason } from "../ledger/adjust-balance";
import { shopperBalanceCents } from "../ledger/balances";

// One member's account in a market, for its admins: the balance and the latest movements on it (what each one
// was, the basket, reference or reason, and whether it is a payment that can still be reversed).
export async function getMemberAccount({
  actor,
  marketId,
  userId,
}: {
  actor: Actor;
  marketId: string;
  userId: string;
}) {
  requireMarketRight(actor, marketId, "admin");
  const member = await db().membership.findUnique({
    where: { marketId_userId: { marketId, userId } },
    select: {
      leftAt: true,
      user: { select: { id: true, firstName: true, lastName: true, email: true } },
      market: { select: { timeZone: true } },
    },
  });
  if (!member) throw new DomainError("NOT_FOUND");
  const [balanceCents, entries] = await Promise.all([
    shopperBalanceCents(db(), marketId, userId),
    db().ledgerEntry.findMany({
      where: { marketId, userId, account: "SHOPPER" },
      orderBy: [{ transaction: { occurredAt: "desc" } }, { createdAt: "desc" }],
      take: 100,
      select: {
        id: true,
        amountCents: true,
        order: { select: { basketNumber: true } },
        transaction: {
          select: {
            kind: true,
            method: true,
            label: true,
            reference: true,
            occurredAt: true,
            payment: { select: { id: true, method: true, status: true } },
          },
        },
      },
    }),
  ]);
  return {
    user: member.user,
    leftAt: member.leftAt,
    timeZone: member.market.timeZone,
    balanceCents,
    history: entries.map(({ transaction: tx, ...e }) => ({
      id: e.id,
      amountCents: e.amountCents,
      basketNumber: e.order?.basketNumber ?? null,
      kind: tx.kind,
      method: tx.method,
      ...readLabel(tx.label),
      reference: tx.reference,
      occurredAt: tx.occurredAt,
      reversiblePaymentId:
        tx.kind === "PAYMENT" && tx.payment?.status === "SUCCEEDED" && tx.payment.method !== "CARD"
          ? tx.payment.id
          : null,
    })),
  };
}

// An adjustment's label is « <reason>: <note> » (adjust-balance.ts): the reason is shown in the reader's language.
function readLabel(label: string | null): { reason: BalanceAdjustmentReason | null; note: string | null } {
  const separator = label?.indexOf(": ") ?? -1;
  const reason = label?.slice(0, separator) as BalanceAdjustmentReason;
  if (separator > 0 && BALANCE_ADJUSTMENT_REASONS.includes(reason))
    return { reason, note: label!.slice(separator + 2) };
  return { reason: null, note: label };
}
