import type { LedgerTransactionKind } from "@/generated/prisma/client";
import { isUniqueViolation, type Tx } from "@/lib/db/client";
import { DomainError } from "../errors";
import { postTransaction } from "./post-transaction";

// A mistake in the ledger is corrected by its mirror image, never by deleting: a REVERSAL transaction with the
// same entries and opposite amounts, linked to the original and carrying its links (order, payout,
// distribution…), so that sums by any of them net to zero. A transaction is reversed at most once
// (`reversesId` is unique: of two reversals at once, the second is refused). `original` is looked up in its
// market, and must be of `kind` when the caller reverses only one kind of movement.
export async function postReversal(
  tx: Tx,
  original: { id: string; marketId: string; kind?: LedgerTransactionKind },
  { createdById, now }: { createdById: string; now: Date },
): Promise<string> {
  const t = await tx.ledgerTransaction.findFirst({
    where: { id: original.id, marketId: original.marketId, kind: original.kind },
    select: {
      kind: true,
      method: true,
      reference: true,
      orderId: true,
      paymentId: true,
      refundId: true,
      payoutId: true,
      distributionId: true,
      reversedBy: { select: { id: true } },
      entries: {
        select: {
          account: true,
          amountCents: true,
          userId: true,
          producerId: true,
          distributionId: true,
          orderId: true,
        },
      },
    },
  });
  if (!t) throw new DomainError("NOT_FOUND");
  if (t.kind === "REVERSAL" || t.reversedBy) throw new DomainError("ALREADY_REVERSED");
  try {
    const id = await postTransaction(tx, {
      marketId: original.marketId,
      kind: "REVERSAL",
      method: t.method ?? undefined,
      reference: t.reference ?? undefined,
      orderId: t.orderId ?? undefined,
      paymentId: t.paymentId ?? undefined,
      refundId: t.refundId ?? undefined,
      payoutId: t.payoutId ?? undefined,
      distributionId: t.distributionId ?? undefined,
      reversesId: original.id,
      createdById,
      occurredAt: now,
      entries: t.entries.map((e) => ({
        account: e.account,
        amountCents: -e.amountCents,
        userId: e.userId ?? undefined,
        producerId: e.producerId ?? undefined,
        distributionId: e.distributionId ?? undefined,
        orderId: e.orderId ?? undefined,
      })),
    });
    return id!;
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("ALREADY_REVERSED");
    throw error;
  }
}
