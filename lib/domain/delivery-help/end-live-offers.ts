import type { DeliveryOfferStatus } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { LIVE_OFFER_STATUSES } from "./offer-status";

// Ends each offer that is still live, one conditional update each, and returns those it ended: an offer that
// its volunteer withdrew a moment before is neither overwritten nor announced twice.
export async function endLiveOffers<T extends { id: string }>(
  tx: Tx,
  offers: T[],
  { status, now }: { status: Exclude<DeliveryOfferStatus, "OFFERED" | "ACCEPTED">; now: Date },
): Promise<T[]> {
  const ended: T[] = [];
  for (const offer of offers) {
    const { count } = await tx.deliveryOffer.updateMany({
      where: { id: offer.id, status: { in: LIVE_OFFER_STATUSES } },
      data: { status, endedAt: now, ...(status === "REFUSED" || status === "NOT_CHOSEN" ? { answeredAt: now } : {}) },
    });
    if (count === 1) ended.push(offer);
  }
  return ended;
}
