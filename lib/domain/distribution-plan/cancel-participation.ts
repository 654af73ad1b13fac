import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { basketsWithCatalog, cancelCatalogLines } from "../cancellation/catalog-lines";
import { DomainError } from "../errors";
import { sendCardRefunds } from "../payment/send-card-refunds";
import { catalogProducerSelect, tellCatalogProducers } from "./participation-notices";
import { requirePlannableSale } from "./plannable-sale";

// « Annuler » a catalog's participation in a sale from « Catalogues participants »: an invitation is withdrawn, an
// accepted catalog leaves the sale, and its producer's users are told either way. Refused while ordered baskets
// hold its products: taking them out refunds members, which is « Retirer de la vente » on the orders page
// (withdraw-catalog-from-sale.ts). Drafts lose those lines, their shoppers told. The catalog is back to « not
// invited »: the admin may invite it again, and its producer may still join by itself.
export async function cancelParticipation({
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
  catalogId: string;
  now: Date;
  appUrl: string;
}) {
  requireMarketRight(actor, marketId, "admin");
  const { cardRefundIds } = await db().$transaction(
    async (tx) => {
      const d = await requirePlannableSale(tx, { marketId, distributionId, now });
      const participation = await tx.participation.findFirst({
        where: { distributionId, catalogId, status: { in: ["INVITED", "ACCEPTED"] } },
        select: { id: true, catalog: { select: catalogProducerSelect } },
      });
      if (!participation) throw new DomainError("NOT_FOUND");
      const { orders, numbers } = await basketsWithCatalog(tx, { catalogId, marketId, distributionId, now });
      if (orders.length > 0) throw new DomainError("PARTICIPATION_HAS_ORDERS", undefined, { baskets: numbers });
      const cancelled = await cancelCatalogLines(tx, {
        catalogId,
        marketId,
        distributionId,
        notifyProducer: false,
        now,
      });
      await tx.participation.delete({ where: { id: participation.id } });
      await tellCatalogProducers(tx, {
        distribution: d,
        catalog: participation.catalog,
        notice: "cancelled",
        now,
        appUrl,
      });
      return cancelled;
    },
    { timeout: 120_000 },
  );
  await sendCardRefunds(cardRefundIds, now);
}
