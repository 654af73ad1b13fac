import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ShopPage, shopMetadata } from "@/components/shop/shop-page";
import { localizedPath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/page";
import { parseShopFilters, shopFiltersPath } from "@/lib/validation/shop-filters";

// The shop's search form (…/recherche?q=…&categorie=…): a name search is read live, per request, and never
// cached (there are as many as people can type); without one, the form's choice is a cached page's address.
type Params = { locale: string; slug: string; distributionId: string };
type Search = { categorie?: string; q?: string; page?: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { locale, t } = await getMessages();
  return { ...(await shopMetadata(await params, locale, t)), robots: { index: false } };
}

export default async function ShopSearchPage({
  params,
  searchParams,
}: {
  params: Promise<Params>;
  searchParams: Promise<Search>;
}) {
  const { slug, distributionId } = await params;
  const filters = parseShopFilters(await searchParams);
  const { locale, t } = await getMessages();
  if (!filters.search) redirect(localizedPath(locale, shopFiltersPath(slug, distributionId, filters)));
  return <ShopPage address={{ slug, distributionId }} filters={filters} locale={locale} t={t} />;
}
