import type { Metadata } from "next";
import { PublicFrame } from "@/components/personal/public-frame";
import { orNotFound } from "@/lib/auth/load-page-actor";
import { getShopCatalog } from "@/lib/domain/shop/get-shop";
import { formatInZone } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { shopCatalog, shopDistribution } from "@/lib/public-cache";
import { type ShopFilters, shopPath } from "@/lib/validation/shop-filters";
import { ShopView } from "./shop-view";

type Address = { slug: string; distributionId: string };

// A page of a distribution's shop (app/[locale]/(site)/(public)/m/[slug]/distributions/[distributionId]): its
// category pages are cached (lib/public-cache.ts), a search is read live.
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
  const query = { marketId: distribution.market.id, distributionId, category: filters.category, page: filters.page };
  const catalog = filters.search
    ? await getShopCatalog({ ...query, search: filters.search })
    : await shopCatalog(query, { now, nextChange });
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
