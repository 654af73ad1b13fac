import { Prisma } from "@/generated/prisma/client";

// Where a product stands in its catalog, as its producer sorts it: withdrawn by the producer, on sale but with
// nothing left (a managed stock at zero or below), or on sale. One state per product, disabled first.
export const PRODUCT_STATES = ["active", "outOfStock", "disabled"] as const;
export type ProductState = (typeof PRODUCT_STATES)[number];

export function productState(p: { active: boolean; stock: Prisma.Decimal | string | number | null }): ProductState {
  if (!p.active) return "disabled";
  if (p.stock !== null && new Prisma.Decimal(p.stock).lte(0)) return "outOfStock";
  return "active";
}
