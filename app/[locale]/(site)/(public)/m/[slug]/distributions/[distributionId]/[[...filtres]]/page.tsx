import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ShopPage, shopMetadata } from "@/components/shop/shop-page";
import { getMessages } from "@/lib/i18n/page";
import { parseShopPathFilters } from "@/lib/validation/shop-filters";

// A distribution's shop, a category and a page of it (…/bakery/2): rendered once per address and language and
// served from Next's cache (README, Performance); it lives until the distribution's next change of state, and
// goes as soon as its products or stock change (lib/public-cache.ts).
type Params = { locale: string; slug: string; distributionId: string; filtres?: string[] };

export const revalidate = 3600;
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { locale, t } = await getMessages();
  return shopMetadata(await params, locale, t);
}

export default async function CachedShopPage({ params }: { params: Promise<Params> }) {
  const { slug, distributionId, filtres } = await params;
  const filters = parseShopPathFilters(filtres);
  if (!filters) notFound();
  const { locale, t } = await getMessages();
  return <ShopPage address={{ slug, distributionId }} filters={filters} locale={locale} t={t} />;
}
