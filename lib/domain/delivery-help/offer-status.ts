import type { DeliveryOfferStatus } from "@/generated/prisma/client";

// An offer is live while it waits for an answer or is the match; the others are history.
export const LIVE_OFFER_STATUSES: DeliveryOfferStatus[] = ["OFFERED", "ACCEPTED"];

// After these, the volunteer may not offer again to the same request: the person said no, or an admin undid it.
export const FINAL_FOR_PAIR_STATUSES: DeliveryOfferStatus[] = ["REFUSED", "UNDONE"];
