import { redirect } from "next/navigation";
import { DEFAULT_LOCALE, isLocale, localizedPath } from "@/lib/i18n/locales";
import { parseShopFilters, shopFiltersPath } from "@/lib/validation/shop-filters";

type Params = { locale: string; slug: string; distributionId: string };

// GET …/recherche?q=…&categorie=… — the shop's search form sends its query here, as do older links
// (…?categorie=…&page=…&q=…, next.config.mjs): each is sent on to its page's address, a search's
// (…/recherche/<search>, cached like the shop's other pages) or, without one, the category's. A route rather
// than a page: nothing is rendered on the way.
export async function GET(request: Request, { params }: { params: Promise<Params> }) {
  const { locale, slug, distributionId } = await params;
  const query = new URL(request.url).searchParams;
  const filters = parseShopFilters({ q: query.get("q"), categorie: query.get("categorie"), page: query.get("page") });
  redirect(localizedPath(isLocale(locale) ? locale : DEFAULT_LOCALE, shopFiltersPath(slug, distributionId, filters)));
}
