import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ShopFrame } from "@/components/layout/shop-frame";
import { ShopPanel } from "@/components/shop/shop-panel";
import { ShopPersonal, ShopPersonalLoading } from "@/components/shop/shop-personal";
import { ShopView } from "@/components/shop/shop-view";
import { loadShopPersonalAction } from "@/app/(showcase)/load-shop-personal";
import { orNotFound } from "@/lib/auth/load-page-actor";
import { getShop } from "@/lib/domain/shop/get-shop";
import { isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { cachedShopCatalog, capShowcaseLife } from "@/lib/shop-cache";
import { isAudience, showcaseFilters } from "@/lib/shop-showcase";
import { shopPath } from "@/lib/validation/shop-filters";

// A shop page as every visitor, or every signed-in member, of a language sees it, reached through the rewrites
// of /m/[slug]/distributions/[id] (lib/shop-showcase.js). Rendered on first request and cached; dropped with the
// shop's tag when products or stock change, re-rendered at least every minute and as soon as orders open or
// close. Members get the order forms, and their own basket through a panel loaded apart.
type Params = {
  locale: string;
  audience: string;
  slug: string;
  distributionId: string;
  category: string;
  page: string;
};

export const revalidate = 60;
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { locale, slug } = await params;
  return isLocale(locale) ? { title: `${messagesFor(locale).shop.basketTitle} — ${slug}` } : {};
}

export default async function ShowcasePage({ params }: { params: Promise<Params> }) {
  const { locale, audience, slug, distributionId, ...segments } = await params;
  const filters = showcaseFilters(segments);
  if (!isLocale(locale) || !isAudience(audience) || !filters) notFound();
  const now = new Date();
  const shop = await orNotFound(getShop({ slug, distributionId, userId: null, now }));
  await capShowcaseLife(shop.distribution, now);
  const catalog = await cachedShopCatalog({ marketId: shop.distribution.market.id, distributionId, ...filters });
  const t = messagesFor(locale);
  const member = audience === "membre";
  const personal = member ? (
    <ShopPanel
      load={loadShopPersonalAction.bind(null, slug, distributionId)}
      fallback={<ShopPersonalLoading t={t} />}
    />
  ) : (
    <ShopPersonal shop={shop} signedIn={false} locale={locale} t={t} />
  );
  // Members' header links to their admin or producer spaces would differ per person: the account page has them.
  return (
    <ShopFrame
      locale={locale}
      t={t}
      account={member ? { admin: false, producer: false, operator: false } : null}
      returnTo={member ? undefined : shopPath(slug, distributionId)}
    >
      <ShopView
        shop={shop}
        catalog={catalog}
        filters={filters}
        signedIn={member}
        personal={personal}
        locale={locale}
        t={t}
      />
    </ShopFrame>
  );
}
