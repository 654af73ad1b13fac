import { db } from "@/lib/db/client";
import { offeredProducts } from "./offered-products";

// What is left now of the managed stock of some products of a shop (a page of it), by product id, as decimal
// strings. The shop's pages are cached and an order does not render them again: they show this instead, read
// when they are opened and after each basket change (lib/actions/personal.tsx). Products the distribution does
// not offer, and those whose stock is not managed, are left out; a shop that does not exist has none.
export async function getStockLeft({
  slug,
  distributionId,
  productIds,
}: {
  slug: string;
  distributionId: string;
  productIds: string[];
}): Promise<Record<string, string>> {
  if (productIds.length === 0) return {};
  const distribution = await db().distribution.findFirst({
    where: { id: distributionId, market: { slug } },
    select: { marketId: true },
  });
  if (!distribution) return {};
  const products = await db().product.findMany({
    where: { ...offeredProducts(distribution.marketId, distributionId), id: { in: productIds }, stock: { not: null } },
    select: { id: true, stock: true },
  });
  return Object.fromEntries(products.map((p) => [p.id, String(p.stock)]));
}
