import { db, type Tx } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";
import { catalogProducerSelect, tellCatalogProducers } from "./participation-notices";
import { requirePlannableSale } from "./plannable-sale";

// « Inviter sur cette vente » (every linked catalog not asked yet) or « Inviter » one catalog of « Catalogues
// participants » (also one that declined: asking again is the admin's call, as in Cagette). Its producer's users
// are told (participation-notices.ts). A catalog already invited or accepted is left as it is, so that inviting
// twice sends nothing twice.
export async function inviteCatalogs({
  actor,
  marketId,
  distributionId,
  catalogId,
  now,
  appUrl,
}: {
  actor: Actor;
  marketId: string;
  distributionId: string;
  // One catalog; without it, all those not asked yet.
  catalogId?: string;
  now: Date;
  appUrl: string;
}) {
  requireMarketRight(actor, marketId, "admin");
  return db().$transaction(async (tx) => {
    const d = await requirePlannableSale(tx, { marketId, distributionId, now });
    const links = await tx.catalogLink.findMany({
      where: {
        marketId,
        unlinkedAt: null,
        ...(catalogId !== undefined
          ? {
              catalogId,
              catalog: {
                archivedAt: null,
                participations: { none: { distributionId, status: { in: ["INVITED", "ACCEPTED"] } } },
              },
            }
          : { catalog: { archivedAt: null, participations: { none: { distributionId } } } }),
      },
      select: {
        catalog: { select: catalogProducerSelect },
      },
    });
    if (catalogId !== undefined && links.length === 0) await requireLinked(tx, { marketId, catalogId });
    for (const { catalog } of links) {
      await tx.participation.upsert({
        where: { distributionId_catalogId: { distributionId, catalogId: catalog.id } },
        create: { distributionId, catalogId: catalog.id, status: "INVITED", invitedAt: now },
        update: { status: "INVITED", invitedAt: now, respondedAt: null },
      });
      await tellCatalogProducers(tx, { distribution: d, catalog, notice: "invited", now, appUrl });
    }
    return { invited: links.length };
  });
}

// Nothing to invite: a catalog already invited or accepted is fine (nothing sent again), one not linked is not
// the market's.
async function requireLinked(tx: Tx, { marketId, catalogId }: { marketId: string; catalogId: string }) {
  const link = await tx.catalogLink.findFirst({
    where: { marketId, catalogId, unlinkedAt: null, catalog: { archivedAt: null } },
    select: { id: true },
  });
  if (!link) throw new DomainError("NOT_FOUND");
}
