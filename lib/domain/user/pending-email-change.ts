import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";

// The change of address still waiting for its link, for « Mon compte ». It is shown whether or not the new
// address was free (a request is recorded either way), so the page tells nothing the answer did not.
export async function pendingEmailChange({ actor, now }: { actor: Actor; now: Date }) {
  return db().emailChange.findFirst({
    where: { userId: actor.userId, confirmedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { newEmail: true },
  });
}
