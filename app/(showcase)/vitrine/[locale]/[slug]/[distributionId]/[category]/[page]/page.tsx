import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ShopFrame } from "@/components/layout/shop-frame";
import { ShopView } from "@/components/shop/shop-view";
import { orNotFound } from "@/lib/auth/load-page-actor";
import { getShop } from "@/lib/domain/shop/get-shop";
import { isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { cachedShopCatalog, capShowcaseLife } from "@/lib/shop-cache";
import { showcaseFilters } from "@/lib/shop-showcase";

// A shop as visitors without a session see it, reached through the proxy's rewrite of /m/[slug]/distributions/[id].
// Rendered on first request and cached; dropped with the shop's tag when products or stock change, re-rendered
// at least every minute, and as soon as orders open or close.
type Params = { locale: string; slug: string; distributionId: string; category: string; page: string };

export const revalidate = 60;
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { locale, slug } = await params;
  return isLocale(locale) ? { title: `${messagesFor(locale).shop.basketTitle} — ${slug}` } : {};
}

export default async function ShowcasePage({ params }: { params: Promise<Params> }) {
  const { locale, slug, distributionId, ...segments } = await params;
  const filters = showcaseFilters(segments);
  if (!isLocale(locale) || !filters) notFound();
  const now = new Date();
  const shop = await orNotFound(getShop({ slug, distributionId, userId: null, now }));
  await capShowcaseLife(shop.distribution, now);
  const catalog = await cachedShopCatalog({ marketId: shop.distribution.market.id, distributionId, ...filters });
  const t = messagesFor(locale);
  // The header's sign-in and sign-up links come back here (the layout does not know the address).
  return (
    <ShopFrame locale={locale} t={t} actor={null} returnTo={`/m/${slug}/distributions/${distributionId}`}>
      <ShopView shop={shop} catalog={catalog} filters={filters} signedIn={false} locale={locale} t={t} />
    </ShopFrame>
  );
}
