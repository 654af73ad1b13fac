import type { ProductCategory } from "@/generated/prisma/enums";
import { isProductCategory } from "@/lib/validation/product-categories";
import { storableText } from "@/lib/validation/text";

// A shop page's address, and what it shows: one category or all, a name search, a page.
export function shopPath(slug: string, distributionId: string): string {
  return `/m/${slug}/distributions/${distributionId}`;
}

export type ShopFilters = { category?: ProductCategory; search?: string; page: number };

const SHOP_MAX_PAGE = 1000;

export function parseShopFilters(query: {
  categorie?: string | null;
  q?: string | null;
  page?: string | null;
}): ShopFilters {
  const category = query.categorie && isProductCategory(query.categorie) ? query.categorie : undefined;
  const search =
    storableText(query.q ?? "")
      .trim()
      .slice(0, 80) || undefined;
  const page = Math.max(1, Math.min(SHOP_MAX_PAGE, Number.parseInt(query.page ?? "1", 10) || 1));
  return { category, search, page };
}

export function shopFiltersQuery({ category, search, page }: ShopFilters): string {
  return new URLSearchParams({
    ...(category ? { categorie: category } : {}),
    ...(search ? { q: search } : {}),
    page: String(page),
  }).toString();
}
