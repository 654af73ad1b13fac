import { db } from "@/lib/db/client";
import { requireProducerUser, type Actor } from "../access/actor";
import { DomainError } from "../errors";

export async function createCatalog({
  actor,
  producerId,
  name,
  description,
}: {
  actor: Actor;
  producerId: string;
  name: string;
  description: string | null;
}) {
  requireProducerUser(actor, producerId);
  return db().catalog.create({ data: { producerId, name, description }, select: { id: true, number: true } });
}

// The producer's space: its catalogs with their number (to share) and the markets using each.
export async function getProducerSpaceOrThrow({ actor, producerId }: { actor: Actor; producerId: string }) {
  requireProducerUser(actor, producerId);
  const producer = await db().producer.findUnique({
    where: { id: producerId },
    select: {
      id: true,
      name: true,
      slug: true,
      stripeAccountId: true,
      stripeOnboardedAt: true,
      catalogs: {
        where: { archivedAt: null },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          number: true,
          name: true,
          shareKey: true,
          dfcPublic: true,
          _count: { select: { products: true } },
          links: { where: { unlinkedAt: null }, select: { market: { select: { name: true, slug: true } } } },
        },
      },
    },
  });
  if (!producer) throw new DomainError("NOT_FOUND");
  return producer;
}

// One catalog and its products, for its producer's users only.
export async function getCatalogOrThrow({ actor, catalogId }: { actor: Actor; catalogId: string }) {
  const catalog = await db().catalog.findFirst({
    where: { id: catalogId, producerId: { in: actor.isOperator ? undefined : actor.producerIds } },
    select: {
      id: true,
      number: true,
      name: true,
      producerId: true,
      producer: { select: { name: true } },
      products: {
        orderBy: [{ active: "desc" }, { name: "asc" }],
        select: {
          id: true,
          name: true,
          imageId: true,
          category: true,
          unit: true,
          quantityPerUnit: true,
          priceCents: true,
          vatRateBp: true,
          bulk: true,
          step: true,
          variableWeight: true,
          stock: true,
          active: true,
          organic: true,
          _count: { select: { orderLines: true } },
        },
      },
    },
  });
  if (!catalog) throw new DomainError("NOT_FOUND");
  return catalog;
}
