import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { activateLink } from "../catalog-link/link-catalog";
import { DomainError } from "../errors";

// « Lier ce catalogue » on the card of a catalog a producer sent to the market's inbox: linked at once, as with
// its shortcut link (the producer sending it is its consent), through the same use case.
export async function linkCatalogFromMessage({
  actor,
  marketId,
  messageId,
  now,
}: {
  actor: Actor;
  marketId: string;
  messageId: string;
  now: Date;
}) {
  requireMarketRight(actor, marketId, "catalogs");
  return db().$transaction(async (tx) => {
    const message = await tx.message.findFirst({
      where: { id: messageId, marketId, audience: "MARKET_ADMINS_OF", catalogId: { not: null } },
      select: {
        senderProducerId: true,
        catalog: {
          select: { id: true, name: true, producerId: true, archivedAt: true, producer: { select: { name: true } } },
        },
      },
    });
    // Only a catalog of the producer that sent it.
    if (!message?.catalog || message.catalog.producerId !== message.senderProducerId)
      throw new DomainError("NOT_FOUND");
    const { catalog } = message;
    if (catalog.archivedAt) throw new DomainError("CATALOG_UNKNOWN");
    const existing = await tx.catalogLink.findUnique({
      where: { catalogId_marketId: { catalogId: catalog.id, marketId } },
      select: { unlinkedAt: true },
    });
    if (existing && !existing.unlinkedAt) throw new DomainError("CATALOG_ALREADY_LINKED");
    await activateLink(tx, { catalogId: catalog.id, marketId, now });
    return { name: catalog.name, producer: catalog.producer.name };
  });
}
