import type { Prisma, ProductCategory } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { DomainError } from "../errors";
import { offeredProducts } from "./offered-products";

export const SHOP_PAGE_SIZE = 48;

// What a product card shows (components/shop/product-card.tsx), read a page at a time in the shop's order.
export function shopProductsPage(where: Prisma.ProductWhereInput, page: number) {
  return db().product.findMany({
    where,
    orderBy: [{ category: "asc" }, { name: "asc" }],
    skip: (page - 1) * SHOP_PAGE_SIZE,
    take: SHOP_PAGE_SIZE,
    select: {
      id: true,
      name: true,
      description: true,
      imageId: true,
      category: true,
      unit: true,
      quantityPerUnit: true,
      priceCents: true,
      vatRateBp: true,
      organic: true,
      bulk: true,
      step: true,
      variableWeight: true,
      stock: true,
      catalog: { select: { producer: { select: { name: true, slug: true } } } },
    },
  });
}

// Plain values only (decimals as strings): the result goes through a cache.
export function shopProductsResult(products: Awaited<ReturnType<typeof shopProductsPage>>, total: number) {
  return {
    products: products.map((p) => ({
      ...p,
      quantityPerUnit: p.quantityPerUnit.toString(),
      step: p.step?.toString() ?? null,
      stock: p.stock?.toString() ?? null,
    })),
    total,
    pages: Math.max(1, Math.ceil(total / SHOP_PAGE_SIZE)),
  };
}

// The products of one distribution's shop: those of the catalogs linked to the market that accepted this sale,
// in one category or all, a page at a time, and the categories it has. The same for every visitor, so the page
// may cache it.
export async function getShopCatalog({
  marketId,
  distributionId,
  category,
  page,
}: {
  marketId: string;
  distributionId: string;
  category?: ProductCategory;
  page: number;
}) {
  const offered = offeredProducts(marketId, distributionId);
  const where: Prisma.ProductWhereInput = { ...offered, ...(category ? { category } : {}) };
  const [products, total, categories] = await Promise.all([
    shopProductsPage(where, page),
    db().product.count({ where }),
    db().product.groupBy({ by: ["category"], where: offered, orderBy: { category: "asc" } }),
  ]);
  return { ...shopProductsResult(products, total), categories: categories.map((c) => c.category) };
}

export type ShopCatalog = Awaited<ReturnType<typeof getShopCatalog>>;

// A shop's distribution, the same for everybody (the public shop pages cache it).
export async function getShopDistributionOrThrow({ slug, distributionId }: { slug: string; distributionId: string }) {
  const distribution = await db().distribution.findFirst({
    where: { id: distributionId, market: { slug } },
    select: {
      id: true,
      name: true,
      note: true,
      ordersOpenAt: true,
      ordersCloseAt: true,
      pickupStartAt: true,
      pickupEndAt: true,
      validatedAt: true,
      cancelledAt: true,
      place: { select: { name: true, address: true, city: true } },
      market: {
        select: { id: true, slug: true, name: true, timeZone: true, requirePhone: true, requireAddress: true },
      },
    },
  });
  if (!distribution) throw new DomainError("NOT_FOUND");
  return distribution;
}

export type ShopDistribution = Awaited<ReturnType<typeof getShopDistributionOrThrow>>;
