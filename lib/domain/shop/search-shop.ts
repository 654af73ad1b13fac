import type { ProductCategory } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { shopProductsPage, shopProductsResult } from "./get-shop";
import { offeredProducts } from "./offered-products";

// A name search in one distribution's shop (« Rechercher un produit »): the offered products whose name holds
// the words as typed, whatever their case, in one category or all, a page at a time. Two queries (the page, the
// count), answered by the names' trigram index (prisma/migrations/0014_product_name_search); the shop's
// categories are the shop page's, not read again here.
export async function searchShopProducts({
  marketId,
  distributionId,
  category,
  search,
  page,
}: {
  marketId: string;
  distributionId: string;
  category?: ProductCategory;
  search: string;
  page: number;
}) {
  const where = {
    ...offeredProducts(marketId, distributionId),
    ...(category ? { category } : {}),
    name: { contains: literally(search), mode: "insensitive" as const },
  };
  const [products, total] = await Promise.all([shopProductsPage(where, page), db().product.count({ where })]);
  return shopProductsResult(products, total);
}

// Prisma's `contains` is a LIKE pattern and passes % and _ on as wildcards: a search for « 70% » would find
// « 700 g ». Escaped, they are the characters typed (backslash is PostgreSQL's escape character for LIKE).
function literally(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}
