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
