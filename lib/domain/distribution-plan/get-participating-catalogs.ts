import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { distributionState } from "../distribution/distribution-state";
import { DomainError } from "../errors";
import { catalogsCanChange } from "./plannable-sale";
import { saleWithoutCatalog } from "./sale-without-catalog";

export type ParticipationState = "NOT_INVITED" | "INVITED" | "ACCEPTED" | "DECLINED";

// « Catalogues participants » of one distribution: every catalog linked to the market, and those that took part
// though they were unlinked since, each with its answer and the products it offers. Two reads (Prisma
// loads each relation of the second for every catalog at once), whatever the number of catalogs.
export async function getParticipatingCatalogs({
  actor,
  marketId,
  distributionId,
  now,
}: {
  actor: Actor;
  marketId: string;
  distributionId: string;
  now: Date;
}) {
  requireMarketRight(actor, marketId, "admin");
  const d = await db().distribution.findFirst({
    where: { id: distributionId, marketId },
    select: {
      id: true,
      pickupStartAt: true,
      pickupEndAt: true,
      ordersOpenAt: true,
      ordersCloseAt: true,
      validatedAt: true,
      cancelledAt: true,
      place: { select: { name: true } },
    },
  });
  if (!d) throw new DomainError("NOT_FOUND");
  const catalogs = await db().catalog.findMany({
    where: {
      OR: [
        { archivedAt: null, links: { some: { marketId, unlinkedAt: null } } },
        { participations: { some: { distributionId } } },
      ],
    },
    orderBy: [{ producer: { name: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      producer: { select: { name: true } },
      links: { where: { marketId, unlinkedAt: null }, select: { id: true } },
      participations: {
        where: { distributionId },
        select: { status: true, invitedAt: true, respondedAt: true },
      },
      products: {
        where: { active: true },
        orderBy: { name: "asc" },
        select: {
          id: true,
          name: true,
          priceCents: true,
          unit: true,
          quantityPerUnit: true,
          bulk: true,
          variableWeight: true,
        },
      },
    },
  });
  const rows = catalogs.map(({ links, participations: [p], products, producer, ...c }) => ({
    ...c,
    producerName: producer.name,
    linked: links.length > 0,
    state: (p?.status ?? "NOT_INVITED") as ParticipationState,
    invitedAt: p?.invitedAt ?? null,
    respondedAt: p?.respondedAt ?? null,
    products: products.map((product) => ({ ...product, quantityPerUnit: product.quantityPerUnit.toString() })),
  }));
  const state = distributionState(d, now);
  const accepted = rows.filter((c) => c.state === "ACCEPTED").length;
  return {
    distribution: {
      ...d,
      state,
      canChange: catalogsCanChange(state),
      withoutCatalog: saleWithoutCatalog(d, accepted, now),
    },
    catalogs: rows,
  };
}
