import "server-only";
import { unstable_cache, updateTag } from "next/cache";
import type { ProductCategory } from "@/generated/prisma/client";
import { getShopCatalog } from "@/lib/domain/shop/get-shop";

// The product list of a shop is the same for everybody: it is cached for a minute, and dropped at once when a
// basket moves managed stock or when producers or admins change what is offered. The cached shop pages
// (app/(showcase)) carry the tags of what they read, so the same calls drop them.
export const SHOP_TAG = "shop";
export const shopTag = (distributionId: string) => `shop:${distributionId}`;

export function cachedShopCatalog(args: {
  marketId: string;
  distributionId: string;
  category?: ProductCategory;
  search?: string;
  page: number;
}) {
  return unstable_cache(
    () => getShopCatalog(args),
    ["shop-catalog", args.distributionId, args.category ?? "", args.search ?? "", String(args.page)],
    {
      tags: [SHOP_TAG, shopTag(args.distributionId)],
      revalidate: 60,
    },
  )();
}

export function invalidateShop(distributionId?: string) {
  updateTag(distributionId ? shopTag(distributionId) : SHOP_TAG);
}
