import type { ProductCategory } from "@/generated/prisma/enums";
import { PRODUCT_CATEGORIES, isProductCategory } from "@/lib/validation/product-categories";
import { storableText } from "@/lib/validation/text";

// A shop's addresses, and what each shows: one category or all, a name search, a page. All of it is in the path
// (…/bakery, …/bakery/2, …/toutes/2, …/recherche/pain, …/recherche/pain/bakery/2), so that each of those pages is
// one cached page (README, Performance); the search form's query (…/recherche?q=…) is sent to its address.
export function shopPath(slug: string, distributionId: string): string {
  return `/m/${slug}/distributions/${distributionId}`;
}

export type ShopFilters = { category?: ProductCategory; search?: string; page: number };

export const SHOP_MAX_PAGE = 1000;
const ALL_CATEGORIES = "toutes";
export const SEARCH_SEGMENT = "recherche";

const categorySegment = (category: ProductCategory) => category.toLowerCase().replaceAll("_", "-");
const CATEGORY_OF_SEGMENT = new Map(PRODUCT_CATEGORIES.map((c) => [categorySegment(c), c]));

// The address of a page of the shop, a search's under …/recherche/<search>.
export function shopFiltersPath(slug: string, distributionId: string, { category, search, page }: ShopFilters): string {
  const segments = [
    ...(search ? [SEARCH_SEGMENT, encodeURIComponent(search)] : []),
    ...(category ? [categorySegment(category)] : page > 1 ? [ALL_CATEGORIES] : []),
    ...(page > 1 ? [String(page)] : []),
  ];
  return [shopPath(slug, distributionId), ...segments].join("/");
}

const SEARCH_MAX_LENGTH = 80;

// A name search as the shop reads it, however it was typed (cut by characters, never inside one; a lone surrogate,
// which no address can carry, read as U+FFFD); undefined for none. Reading its own result gives it back: a search
// has one address.
export function shopSearch(text: string | null | undefined): string | undefined {
  const words = Array.from(
    storableText(text ?? "")
      .toWellFormed()
      .trim(),
  );
  return words.slice(0, SEARCH_MAX_LENGTH).join("").trim() || undefined;
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

// The search form's query (…/recherche?q=…&categorie=…), or an older link's (…?categorie=…&page=…&q=…).
export function parseShopFilters(query: {
  categorie?: string | null;
  q?: string | null;
  page?: string | null;
}): ShopFilters {
  const category = query.categorie && isProductCategory(query.categorie) ? query.categorie : undefined;
  const search = shopSearch(query.q);
  const page = Math.max(1, Math.min(SHOP_MAX_PAGE, Number.parseInt(query.page ?? "1", 10) || 1));
  return { category, search, page };
}
