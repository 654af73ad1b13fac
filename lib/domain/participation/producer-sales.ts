import { db } from "@/lib/db/client";
import { requireProducerUser, type Actor } from "../access/actor";
import { distributionState } from "../distribution/distribution-state";
import { leaveSalesOfCatalog } from "../cancellation/catalog-lines";
import { DomainError } from "../errors";

// « Ventes »: the upcoming distributions of every market where one of the producer's catalogs is linked, with
// each catalog's answer (invited, accepted, declined, or not asked yet).
export async function listProducerSales({ actor, producerId, now }: { actor: Actor; producerId: string; now: Date }) {
  requireProducerUser(actor, producerId);
  const links = await db().catalogLink.findMany({
    where: { unlinkedAt: null, catalog: { producerId, archivedAt: null } },
    select: {
      marketId: true,
      catalog: {
        select: {
          id: true,
          name: true,
          products: { where: { active: true }, select: { name: true }, orderBy: { name: "asc" } },
        },
      },
    },
  });
  const marketIds = [...new Set(links.map((l) => l.marketId))];
  const distributions = await db().distribution.findMany({
    where: { marketId: { in: marketIds }, pickupEndAt: { gt: now }, validatedAt: null, cancelledAt: null },
    orderBy: { pickupStartAt: "asc" },
    take: 60,
    select: {
      id: true,
      marketId: true,
      name: true,
      note: true,
      pickupStartAt: true,
      pickupEndAt: true,
      ordersOpenAt: true,
      ordersCloseAt: true,
      validatedAt: true,
      cancelledAt: true,
      market: { select: { name: true, timeZone: true } },
      place: { select: { name: true, city: true } },
      participations: { where: { catalog: { producerId } }, select: { catalogId: true, status: true } },
    },
  });
  return distributions.map(({ participations, ...d }) => ({
    ...d,
    state: distributionState(d, now),
    catalogs: links
      .filter((l) => l.marketId === d.marketId)
      .map((l) => ({
        id: l.catalog.id,
        name: l.catalog.name,
        products: l.catalog.products.map((p) => p.name),
        status: participations.find((p) => p.catalogId === l.catalog.id)?.status ?? null,
      })),
  }));
}

// Accept or decline taking part in one sale with one catalog; only accepted catalogs show in the shop. Declining
// is refused while baskets already ordered hold the catalog's products (with their numbers): the market's
// admin cancels those lines first (withdraw-catalog-from-sale.ts). Drafts lose them.
export async function respondToParticipation({
  actor,
  catalogId,
  distributionId,
  accept,
  now,
}: {
  actor: Actor;
  catalogId: string;
  distributionId: string;
  accept: boolean;
  now: Date;
}) {
  const catalog = await db().catalog.findFirst({
    where: { id: catalogId, producerId: { in: actor.producerIds } },
    select: { id: true },
  });
  if (!catalog) throw new DomainError("NOT_FOUND");
  const distribution = await db().distribution.findFirst({
    where: {
      id: distributionId,
      validatedAt: null,
      cancelledAt: null,
      pickupEndAt: { gt: now },
      market: { catalogLinks: { some: { catalogId, unlinkedAt: null } } },
    },
    select: { id: true, marketId: true },
  });
  if (!distribution) throw new DomainError("NOT_FOUND");
  const status = accept ? "ACCEPTED" : "DECLINED";
  await db().$transaction(async (tx) => {
    await tx.participation.upsert({
      where: { distributionId_catalogId: { distributionId, catalogId } },
      create: { distributionId, catalogId, status, respondedAt: now },
      update: { status, respondedAt: now },
    });
    if (!accept) await leaveSalesOfCatalog(tx, { catalogId, marketId: distribution.marketId, distributionId, now });
  });
}
