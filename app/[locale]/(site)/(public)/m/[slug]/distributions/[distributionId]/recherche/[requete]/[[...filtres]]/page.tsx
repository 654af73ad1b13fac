import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ShopPage, shopMetadata } from "@/components/shop/shop-page";
import { localizedPath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/page";
import { parseShopPathFilters, shopFiltersPath, shopSearch } from "@/lib/validation/shop-filters";

// A name search in a distribution's shop, a category and a page of it (…/recherche/pain/bakery/2): rendered
// once per address and language and served from Next's cache like the shop's other pages, in a small pool of
// its own (lib/public-cache.ts, SEARCH_TAG), since there are as many searches as people can type.
type Params = { locale: string; slug: string; distributionId: string; requete: string; filtres?: string[] };

export const revalidate = 3600;
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { locale, t } = await getMessages();
  return { ...(await shopMetadata(await params, locale, t)), robots: { index: false } };
}

export default async function CachedShopSearchPage({ params }: { params: Promise<Params> }) {
  const { slug, distributionId, requete, filtres } = await params;
  const filters = parseShopPathFilters(filtres);
  if (!filters) notFound();
  const { locale, t } = await getMessages();
  // One address per search: the words as the shop reads them (trimmed, cut at their length).
  const typed = decodedSegment(requete);
  const search = shopSearch(typed);
  if (search !== typed)
    permanentRedirect(localizedPath(locale, shopFiltersPath(slug, distributionId, { ...filters, search })));
  return <ShopPage address={{ slug, distributionId }} filters={{ ...filters, search }} locale={locale} t={t} />;
}

// Next hands a dynamic segment over as it came in the address, percent-encoded; one that is not valid encoding
// is read as it is.
function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
