import { db } from "@/lib/db/client";
import { administeredMarketIds, hasMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { distributionState } from "../distribution/distribution-state";
import { MAX_UNVALIDATED_PAST_DISTRIBUTIONS } from "../market/is-market-blocked";
import { confirmedBasket } from "../order/confirmed-basket";

export async function listAdministeredMarkets({ actor }: { actor: Actor }) {
  return db().market.findMany({
    where: { id: { in: administeredMarketIds(actor) } },
    select: { id: true, name: true, slug: true },
    orderBy: { name: "asc" },
  });
}

// The admin home of one market: settings, places, and its distributions with their state and counts.
export async function getAdminMarketOrThrow({ actor, marketId, now }: { actor: Actor; marketId: string; now: Date }) {
  if (!administeredMarketIds(actor).includes(marketId) && !actor.isOperator) throw new DomainError("NOT_FOUND");
  const market = await db().market.findUnique({
    where: { id: marketId },
    select: {
      id: true,
      slug: true,
      name: true,
      shortDescription: true,
      description: true,
      logoImageId: true,
      timeZone: true,
      basketMode: true,
      requirePhone: true,
      requireAddress: true,
      paymentMethods: true,
      transferIban: true,
      feeBp: true,
      deliveryHelpEnabled: true,
      deliveryHelpMaxPerVolunteer: true,
      contactName: true,
      contactEmail: true,
      contactPhone: true,
      vatStatus: true,
      legalName: true,
      legalAddress: true,
      siret: true,
      vatNumber: true,
      places: {
        select: {
          id: true,
          name: true,
          address: true,
          zipCode: true,
          city: true,
          lat: true,
          geocoding: true,
          archivedAt: true,
          _count: { select: { distributions: true } },
        },
        orderBy: { name: "asc" },
      },
      distributions: {
        where: { OR: [{ pickupEndAt: { gt: new Date(now.getTime() - 60 * 24 * 3_600_000) } }, { validatedAt: null }] },
        orderBy: { pickupStartAt: "asc" },
        select: {
          id: true,
          name: true,
          note: true,
          pickupStartAt: true,
          pickupEndAt: true,
          ordersOpenAt: true,
          ordersCloseAt: true,
          validatedAt: true,
          cancelledAt: true,
          place: { select: { name: true } },
          _count: { select: { orders: { where: confirmedBasket } } },
          participations: { select: { status: true } },
        },
      },
    },
  });
  if (!market) throw new DomainError("NOT_FOUND");
  const distributions = market.distributions.map((d) => ({ ...d, state: distributionState(d, now) }));
  const unvalidated = distributions.filter((d) => !d.validatedAt && !d.cancelledAt && d.pickupEndAt <= now);
  return {
    ...market,
    distributions,
    rights: {
      admin: hasMarketRight(actor, marketId, "admin"),
      catalogs: hasMarketRight(actor, marketId, "catalogs"),
      members: hasMarketRight(actor, marketId, "members"),
    },
    unvalidated,
    blocked: unvalidated.length > MAX_UNVALIDATED_PAST_DISTRIBUTIONS,
  };
}
