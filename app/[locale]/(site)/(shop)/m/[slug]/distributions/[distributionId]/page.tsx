import type { Metadata } from "next";
import { ShopPersonal } from "@/components/shop/shop-personal";
import { ShopView } from "@/components/shop/shop-view";
import { orNotFound } from "@/lib/auth/load-page-actor";
import { currentUserId } from "@/lib/auth/current-user";
import { getShop } from "@/lib/domain/shop/get-shop";
import { getMessages } from "@/lib/i18n/page";
import { cachedShopCatalog } from "@/lib/shop-cache";
import { parseShopFilters } from "@/lib/validation/shop-filters";

// A distribution's shop, rendered per request.
type Params = { slug: string; distributionId: string };
type Search = { categorie?: string; q?: string; page?: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: `${t.shop.basketTitle} — ${(await params).slug}` };
}

export default async function ShopPage({
  params,
  searchParams,
}: {
  params: Promise<Params>;
  searchParams: Promise<Search>;
}) {
  const { slug, distributionId } = await params;
  const filters = parseShopFilters(await searchParams);
  const { locale, t } = await getMessages();
  const userId = await currentUserId();
  const shop = await orNotFound(getShop({ slug, distributionId, userId, now: new Date() }));
  const catalog = await cachedShopCatalog({ marketId: shop.distribution.market.id, distributionId, ...filters });
  const signedIn = userId !== null;
  return (
    <ShopView
      shop={shop}
      catalog={catalog}
      filters={filters}
      signedIn={signedIn}
      personal={<ShopPersonal shop={shop} signedIn={signedIn} locale={locale} t={t} />}
      locale={locale}
      t={t}
    />
  );
}
