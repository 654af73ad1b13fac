import { db } from "@/lib/db/client";
import { requireMarketRight, type Actor } from "../access/actor";
import { DomainError } from "../errors";

// The producer sends its catalog's link (…/catalogues/123) or reads out its number (123): both work.
export function catalogNumberFrom(text: string): number | null {
  const match = /(\d{1,9})\s*\/?\s*$/.exec(text.trim());
  return match ? Number(match[1]) : null;
}

export async function linkCatalog({
  actor,
  marketId,
  catalogText,
}: {
  actor: Actor;
  marketId: string;
  catalogText: string;
}) {
  requireMarketRight(actor, marketId, "catalogs");
  const number = catalogNumberFrom(catalogText);
  if (number === null) throw new DomainError("CATALOG_NUMBER_INVALID", "catalog");
  const catalog = await db().catalog.findUnique({
    where: { number },
    select: { id: true, name: true, archivedAt: true, producer: { select: { name: true } } },
  });
  if (!catalog || catalog.archivedAt) throw new DomainError("CATALOG_UNKNOWN", "catalog");
  const existing = await db().catalogLink.findUnique({
    where: { catalogId_marketId: { catalogId: catalog.id, marketId } },
    select: { unlinkedAt: true },
  });
  if (existing && !existing.unlinkedAt) throw new DomainError("CATALOG_ALREADY_LINKED", "catalog");
  await db().catalogLink.upsert({
    where: { catalogId_marketId: { catalogId: catalog.id, marketId } },
    create: { catalogId: catalog.id, marketId },
    update: { unlinkedAt: null, linkedAt: new Date() },
  });
  return { name: catalog.name, producer: catalog.producer.name };
}

export async function unlinkCatalog({
  actor,
  marketId,
  catalogId,
  now,
}: {
  actor: Actor;
  marketId: string;
  catalogId: string;
  now: Date;
}) {
  requireMarketRight(actor, marketId, "catalogs");
  const result = await db().catalogLink.updateMany({
    where: { marketId, catalogId, unlinkedAt: null },
    data: { unlinkedAt: now },
  });
  if (result.count === 0) throw new DomainError("NOT_FOUND");
}

export async function listLinkedCatalogs({ actor, marketId }: { actor: Actor; marketId: string }) {
  requireMarketRight(actor, marketId, "catalogs");
  return db().catalogLink.findMany({
    where: { marketId, unlinkedAt: null },
    orderBy: { linkedAt: "asc" },
    select: {
      catalog: {
        select: {
          id: true,
          number: true,
          name: true,
          producer: { select: { id: true, name: true, slug: true, city: true } },
          _count: { select: { products: { where: { active: true } } } },
        },
      },
    },
  });
}
