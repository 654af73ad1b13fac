import type { Metadata } from "next";
import { PublicFrame } from "@/components/personal/public-frame";
import { orNotFound } from "@/lib/auth/load-page-actor";
import type { ShopCatalog } from "@/lib/domain/shop/get-shop";
import { formatInZone } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { type ShopQuery, type ShopTiming, shopCatalog, shopDistribution, shopSearch } from "@/lib/public-cache";
import { type ShopFilters, shopPath } from "@/lib/validation/shop-filters";
import { ShopView } from "./shop-view";

type Address = { slug: string; distributionId: string };

// A page of a distribution's shop (app/[locale]/(site)/(public)/m/[slug]/distributions/[distributionId]), a
// category's or a search's, from its cached reads (lib/public-cache.ts).
export async function ShopPage({
  address: { slug, distributionId },
  filters,
  locale,
  t,
}: {
  address: Address;
  filters: ShopFilters;
  locale: Locale;
  t: Messages;
}) {
  const now = new Date();
  const { nextChange, ...distribution } = await orNotFound(shopDistribution(slug, distributionId, now));
  const timing = { now, nextChange };
  const query = { marketId: distribution.market.id, distributionId, category: filters.category, page: filters.page };
  const catalog = filters.search ? await searchPage(query, filters.search, timing) : await shopCatalog(query, timing);
  return (
    <PublicFrame
      locale={locale}
      t={t}
      query={{
        distribution: distributionId,
        stock: catalog.products.filter((p) => p.stock !== null).map((p) => p.id),
      }}
      returnTo={shopPath(slug, distributionId)}
    >
      <ShopView distribution={distribution} catalog={catalog} filters={filters} locale={locale} t={t} />
    </PublicFrame>
  );
}

// A search's products, with the shop's categories for its form (the shop's first page's, most often cached).
async function searchPage(query: ShopQuery, search: string, timing: ShopTiming): Promise<ShopCatalog> {
  const [found, { categories }] = await Promise.all([
    shopSearch({ ...query, search }, timing),
    shopCatalog({ ...query, category: undefined, page: 1 }, timing),
  ]);
  return { ...found, categories };
}

export async function shopMetadata({ slug, distributionId }: Address, locale: Locale, t: Messages): Promise<Metadata> {
  const d = await orNotFound(shopDistribution(slug, distributionId, new Date()));
  const at = (date: Date, pattern: string) => formatInZone(date, pattern, d.market.timeZone, locale);
  const pickup = t.market.pickup(
    at(d.pickupStartAt, t.market.dateFormat),
    at(d.pickupStartAt, t.market.timeFormat),
    at(d.pickupEndAt, t.market.timeFormat),
  );
  return { title: t.shop.pageTitle(d.market.name), description: t.shop.metaDescription(d.market.name, pickup) };
}
