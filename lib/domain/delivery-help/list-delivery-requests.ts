import { db } from "@/lib/db/client";
import { hasMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";

// What a volunteer who offered to deliver sees of the people in need at the same distribution: first name
// and town only until they pick someone (then both get each other's contacts by e-mail). Admins see who
// is still unmatched.
export async function listDeliveryRequests({ actor, distributionId }: { actor: Actor; distributionId: string }) {
  const d = await db().distribution.findUnique({ where: { id: distributionId }, select: { marketId: true } });
  if (!d) throw new DomainError("NOT_FOUND");
  const isAdmin = hasMarketRight(actor, d.marketId, "admin");
  const volunteer = await db().order.findFirst({
    where: { distributionId, userId: actor.userId, deliveryHelp: "CAN_DELIVER" },
    select: { id: true },
  });
  if (!isAdmin && !volunteer) throw new DomainError("FORBIDDEN");
  const requests = await db().order.findMany({
    where: { distributionId, deliveryHelp: "NEEDS_DELIVERY", deliveryConsentAt: { not: null } },
    select: {
      id: true,
      basketNumber: true,
      deliveryHelperId: true,
      user: { select: { firstName: true, lastName: true, city: true } },
      deliveryHelper: { select: { firstName: true, lastName: true } },
    },
    orderBy: { basketNumber: "asc" },
  });
  return requests
    .filter((r) => isAdmin || r.deliveryHelperId === null || r.deliveryHelperId === actor.userId)
    .map((r) => ({
      orderId: r.id,
      basketNumber: r.basketNumber,
      firstName: r.user.firstName,
      lastName: isAdmin ? r.user.lastName : null,
      city: r.user.city,
      matched: r.deliveryHelperId !== null,
      mine: r.deliveryHelperId === actor.userId,
      helper: isAdmin && r.deliveryHelper ? `${r.deliveryHelper.firstName} ${r.deliveryHelper.lastName}` : null,
    }));
}
