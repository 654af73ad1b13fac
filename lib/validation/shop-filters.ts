import type { ProductCategory } from "@/generated/prisma/enums";
import { PRODUCT_CATEGORIES, isProductCategory } from "@/lib/validation/product-categories";
import { storableText } from "@/lib/validation/text";

// A shop's addresses, and what each shows: one category or all, a name search, a page. Category and page are part
// of the path (…/bakery, …/bakery/2, …/toutes/2), so that each of those pages is one cached page (README,
// Performance); a name search is a query of …/recherche, rendered per request and never cached.
export function shopPath(slug: string, distributionId: string): string {
  return `/m/${slug}/distributions/${distributionId}`;
}

export type ShopFilters = { category?: ProductCategory; search?: string; page: number };

const SHOP_MAX_PAGE = 1000;
const ALL_CATEGORIES = "toutes";
export const SEARCH_SEGMENT = "recherche";

const categorySegment = (category: ProductCategory) => category.toLowerCase().replaceAll("_", "-");
const CATEGORY_OF_SEGMENT = new Map(PRODUCT_CATEGORIES.map((c) => [categorySegment(c), c]));

// The address of a page of the shop: the cached one without a search, the search's otherwise.
export function shopFiltersPath(slug: string, distributionId: string, { category, search, page }: ShopFilters): string {
  const base = shopPath(slug, distributionId);
  if (search) return `${base}/${SEARCH_SEGMENT}?${shopFiltersQuery({ category, search, page })}`;
  const segments = [
    ...(category ? [categorySegment(category)] : page > 1 ? [ALL_CATEGORIES] : []),
    ...(page > 1 ? [String(page)] : []),
  ];
  return [base, ...segments].join("/");
}

// The path's segments after the distribution back to filters; null for anything shopFiltersPath would not
// have written (each page has one address).
export function parseShopPathFilters(segments: readonly string[] | undefined): ShopFilters | null {
  if (!segments || segments.length === 0) return { page: 1 };
  if (segments.length > 2) return null;
  const [first, second] = segments;
  const category = CATEGORY_OF_SEGMENT.get(first);
  if (!category && first !== ALL_CATEGORIES) return null;
  if (second === undefined) return category ? { category, page: 1 } : null;
  const page = Number(second);
  if (!Number.isInteger(page) || page < 2 || page > SHOP_MAX_PAGE || String(page) !== second) return null;
  return { ...(category ? { category } : {}), page };
}

// A search's query (…/recherche?q=…&categorie=…&page=…), as typed into the shop's search form.
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
