import { db } from "@/lib/db/client";
import type { Actor } from "../access/actor";
import { DomainError } from "../errors";

// A product of one of the actor's catalogs, as the product form shows it (euros and decimals as typed text).
export async function getProductForEditOrThrow({ actor, productId }: { actor: Actor; productId: string }) {
  const p = await db().product.findFirst({
    where: { id: productId, catalog: { producerId: { in: actor.producerIds } } },
    select: {
      id: true,
      catalogId: true,
      name: true,
      description: true,
      category: true,
      unit: true,
      quantityPerUnit: true,
      priceCents: true,
      vatRateBp: true,
      organic: true,
      bulk: true,
      step: true,
      variableWeight: true,
      maxPriceCents: true,
      stock: true,
      active: true,
    },
  });
  if (!p) throw new DomainError("NOT_FOUND");
  const euros = (cents: number) => (cents / 100).toFixed(2).replace(".", ",");
  const decimal = (value: { toString(): string } | null) => (value === null ? "" : value.toString().replace(".", ","));
  return {
    id: p.id,
    catalogId: p.catalogId,
    values: {
      name: p.name,
      description: p.description ?? "",
      category: p.category,
      unit: p.unit,
      quantityPerUnit: decimal(p.quantityPerUnit),
      price: euros(p.priceCents),
      vatRate: String(p.vatRateBp),
      step: decimal(p.step),
      maxPrice: p.maxPriceCents === null ? "" : euros(p.maxPriceCents),
      stock: decimal(p.stock),
    },
    flags: { organic: p.organic, bulk: p.bulk, variableWeight: p.variableWeight, active: p.active },
  };
}
