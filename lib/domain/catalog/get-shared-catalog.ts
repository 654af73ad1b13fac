import { db } from "@/lib/db/client";
import { DomainError } from "../errors";

// The page behind a catalog's shared link (/catalogues/<number>): what it offers, for an admin to link.
export async function getSharedCatalogOrThrow(number: number) {
  const catalog = await db().catalog.findFirst({
    where: { number, archivedAt: null },
    select: {
      number: true,
      name: true,
      producer: { select: { name: true, slug: true, city: true } },
      _count: { select: { products: { where: { active: true } } } },
    },
  });
  if (!catalog) throw new DomainError("NOT_FOUND");
  return catalog;
}
