import { isLocale, localeFromAcceptLanguage, type Locale } from "./i18n/locales";
import { isProductCategory, parseShopFilters, type ShopFilters } from "./validation/shop-filters";

// A shop seen without a session is the same for every visitor of a language: the proxy rewrites its address
// to the showcase route, which Next renders once and serves from its cache (a few hundred requests a second
// where the live page, rendered per request, manages a few dozen). Searches stay live: they are unbounded.
const SHOP_PATH = /^\/m\/([a-z0-9-]{1,80})\/distributions\/([a-z0-9]{1,40})$/;
const ALL_CATEGORIES = "toutes";
// The showcase keeps the first pages; deeper ones are rare and stay live, which bounds what the cache holds.
const SHOWCASE_PAGES = 30;

export function showcaseRewrite({ pathname, searchParams, cookieLocale, acceptLanguage }: { pathname: string; searchParams: URLSearchParams; cookieLocale: string | undefined; acceptLanguage: string | null }): string | null {
  const match = SHOP_PATH.exec(pathname);
  if (!match) return null;
  const filters = parseShopFilters({ categorie: searchParams.get("categorie"), q: searchParams.get("q"), page: searchParams.get("page") });
  if (filters.search || filters.page > SHOWCASE_PAGES) return null;
  const locale: Locale = isLocale(cookieLocale) ? cookieLocale : localeFromAcceptLanguage(acceptLanguage);
  return `/vitrine/${locale}/${match[1]}/${match[2]}/${filters.category ?? ALL_CATEGORIES}/${filters.page}`;
}

// The showcase route's segments back to filters; null for anything the rewrite would not have produced.
export function showcaseFilters({ category, page }: { category: string; page: string }): ShopFilters | null {
  const n = Number(page);
  if (!Number.isInteger(n) || n < 1 || n > SHOWCASE_PAGES || String(n) !== page) return null;
  if (category === ALL_CATEGORIES) return { page: n };
  return isProductCategory(category) ? { category, page: n } : null;
}
