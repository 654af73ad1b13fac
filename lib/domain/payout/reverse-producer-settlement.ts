import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { postReversal } from "../ledger/post-reversal";

// A « payé au producteur » recorded by mistake (wrong amount, wrong producer): its reversal puts the debt back
// on the statement, and the settlement stays in the history, marked as reversed.
export async function reverseProducerSettlement({
  actor,
  marketId,
  transactionId,
  now,
}: {
  actor: Actor;
  marketId: string;
  transactionId: string;
  now: Date;
}) {
  requireMarketRight(actor, marketId, "admin");
  await db().$transaction((tx) =>
    postReversal(tx, { id: transactionId, marketId, kind: "PRODUCER_SETTLEMENT" }, { createdById: actor.userId, now }),
  );
}
