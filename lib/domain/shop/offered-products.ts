import type { Prisma } from "@/generated/prisma/client";

// What a distribution's shop offers: active products of the catalogs linked to the market that accepted this
// sale. A basket line is checked against it when added, and again when a draft is confirmed.
export function offeredProducts(marketId: string, distributionId: string): Prisma.ProductWhereInput {
  return {
    active: true,
    catalog: {
      links: { some: { marketId, unlinkedAt: null } },
      participations: { some: { distributionId, status: "ACCEPTED" } },
    },
  };
}

// The same rule in SQL, for a statement that reads offered products along with other things: `product` is a
// "Product" row's alias, `marketId` and `distributionId` SQL expressions.
export function offeredProductsSql(product: string, marketId: string, distributionId: string): string {
  return `${product}."active"
    AND EXISTS (SELECT 1 FROM "CatalogLink" cl WHERE cl."catalogId" = ${product}."catalogId"
      AND cl."marketId" = ${marketId} AND cl."unlinkedAt" IS NULL)
    AND EXISTS (SELECT 1 FROM "Participation" pa WHERE pa."catalogId" = ${product}."catalogId"
      AND pa."distributionId" = ${distributionId} AND pa."status" = 'ACCEPTED')`;
}
