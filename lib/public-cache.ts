import "server-only";
import { revalidateTag, unstable_cache, updateTag } from "next/cache";
import type { ProductCategory } from "@/generated/prisma/client";
import { distributionState, nextStateChange } from "@/lib/domain/distribution/distribution-state";
import { getSharedCatalogOrThrow } from "@/lib/domain/catalog/get-shared-catalog";
import { getMarketProducersOrThrow } from "@/lib/domain/market/get-market-producers";
import { getPublicMarketOrThrow } from "@/lib/domain/market/get-public-market";
import { getPublicProducerOrThrow } from "@/lib/domain/producer/get-public-producer";
import { getShopCatalog, getShopDistributionOrThrow, type ShopDistribution } from "@/lib/domain/shop/get-shop";
import { searchShopProducts } from "@/lib/domain/shop/search-shop";
import { SEARCH_TAG } from "./cache-tags.js";

// What the public pages read (README, Performance). Those pages (app/[locale]/(site)/(public): the home page, the
// market page and its producers, the shop's category, page and search pages, the producer page, a catalog's shared page) are
// rendered once per address and served from Next's full-route cache; a page carries the tags of the data it read
// here, so dropping a tag drops the pages built from it, and a page lives no longer than the shortest-lived read.
// Unknown rows throw (DomainError NOT_FOUND), and a throw is never cached: an address that names nothing keeps
// nothing (nor is its 404 page kept, lib/cache-handler.js). The shop's searches, as many as people can type, are
// kept in a small pool of their own (SEARCH_TAG). The home page reads nothing: it changes with a deployment only.
//
// One tag, PUBLIC_TAG: every public page. The server actions that change what they show drop it with updateTag,
// so whoever acted sees it at once: market settings (name, texts, logo, required fields), distributions (created,
// edited, deleted, cancelled), catalogs created, linked or unlinked, participations answered or withdrawn, products
// (saved, imported, switched on or off, deleted, their stock set), producer profiles (lib/actions/admin.ts,
// producer.ts, refunds.ts), an account deleted (its producer's catalogs archived and unlinked when nobody else
// runs it: lib/actions/auth.ts). A catalog's share key is on no public page (it is read per request, on
// …/catalogues/<n>/relier). /api/dev/cache drops it for the end-to-end tests (revalidateTag: a route handler may
// not call updateTag).
// Orders never drop it: what a basket moves is managed stock, and the shop pages show the stock left live
// (app/api/personal reads it when the page is opened, a basket change answers with it), so that a rush of orders
// leaves the cached pages standing. Nor do the jobs that give stock back (drafts' lapsed holds released,
// drafts dropped at close), a card payment or Stripe's webhook taking a lapsed hold again, or a basket confirmed.
// What a cached shop page shows of stock (sold out or not, as it was when rendered) is corrected by that live part.
// Time: a shop page (a search's too) lives until its distribution's next change of state (orders opening,
// closing, pick-up); the market page is rendered again at most every minute (its distributions' states); the
// producer and catalog pages every hour.
export const PUBLIC_TAG = "public";

const HOUR = 3600;
export const MARKET_PAGE_SECONDS = 60;

// Cached values go through JSON: instants come back as ISO strings.
type Timing = {
  ordersOpenAt: Date;
  ordersCloseAt: Date;
  pickupStartAt: Date;
  pickupEndAt: Date;
  validatedAt: Date | null;
  cancelledAt: Date | null;
};
function readTiming<T extends Timing>(d: T): T {
  const instant = (value: Date | string) => new Date(value);
  return {
    ...d,
    ordersOpenAt: instant(d.ordersOpenAt),
    ordersCloseAt: instant(d.ordersCloseAt),
    pickupStartAt: instant(d.pickupStartAt),
    pickupEndAt: instant(d.pickupEndAt),
    validatedAt: d.validatedAt && instant(d.validatedAt),
    cancelledAt: d.cancelledAt && instant(d.cancelledAt),
  };
}

// The market page behind the shared link, its distributions' states as of `now`.
export async function publicMarket(slug: string, now: Date) {
  const market = await unstable_cache(
    async () => {
      // The states are worked out when the page renders, from `now`.
      return getPublicMarketOrThrow({ slug, now: new Date() });
    },
    ["public-market", slug],
    { tags: [PUBLIC_TAG], revalidate: MARKET_PAGE_SECONDS },
  )();
  return {
    ...market,
    distributions: market.distributions
      .map(readTiming)
      .filter((d) => d.pickupEndAt > now)
      .map((d) => ({ ...d, state: distributionState(d, now) })),
  };
}

export type PublicMarketPage = Awaited<ReturnType<typeof publicMarket>>;

export function publicProducer(slug: string) {
  return unstable_cache(
    async () => {
      const producer = await getPublicProducerOrThrow(slug);
      return {
        ...producer,
        catalogs: producer.catalogs.map((c) => ({
          ...c,
          products: c.products.map((p) => ({ ...p, quantityPerUnit: p.quantityPerUnit.toString() })),
        })),
      };
    },
    ["public-producer", slug],
    { tags: [PUBLIC_TAG], revalidate: HOUR },
  )();
}

// A market's « Producteurs » page: who it works with changes with catalogs linked or unlinked (PUBLIC_TAG).
export function publicMarketProducers(slug: string) {
  return unstable_cache(() => getMarketProducersOrThrow(slug), ["public-market-producers", slug], {
    tags: [PUBLIC_TAG],
    revalidate: HOUR,
  })();
}

// A catalog's shared page.
export function publicCatalog(number: number) {
  return unstable_cache(() => getSharedCatalogOrThrow(number), ["public-catalog", String(number)], {
    tags: [PUBLIC_TAG],
    revalidate: HOUR,
  })();
}

// A shop page's distribution, its state as of `now`, and the next instant at which it changes by itself.
export async function shopDistribution(slug: string, distributionId: string, now: Date) {
  const distribution: ShopDistribution = readTiming(
    await unstable_cache(
      () => getShopDistributionOrThrow({ slug, distributionId }),
      ["shop-distribution", slug, distributionId],
      { tags: [PUBLIC_TAG], revalidate: HOUR },
    )(),
  );
  return {
    ...distribution,
    state: distributionState(distribution, now),
    nextChange: nextStateChange(distribution, now),
  };
}

export type ShopTiming = { now: Date; nextChange: Date | null };
export type ShopQuery = { marketId: string; distributionId: string; category?: ProductCategory; page: number };

// What is offered moves when orders open or close (drafts dropped, their stock released), so a shop page lives
// until then at most.
function shopSeconds({ now, nextChange }: ShopTiming) {
  const seconds = nextChange ? Math.ceil((nextChange.getTime() - now.getTime()) / 1000) : HOUR;
  return Math.max(1, Math.min(HOUR, seconds));
}

// A page of a shop's products.
export function shopCatalog(args: ShopQuery, timing: ShopTiming) {
  return unstable_cache(
    () => getShopCatalog(args),
    [
      "shop-catalog",
      args.distributionId,
      args.category ?? "",
      String(args.page),
      timing.nextChange?.toISOString() ?? "",
    ],
    { tags: [PUBLIC_TAG], revalidate: shopSeconds(timing) },
  )();
}

// A page of a name search in a shop. There are as many as people can type: SEARCH_TAG keeps them, and the pages
// built from them, in a small pool of the cache (lib/cache-handler.js), only the most recently asked staying.
export function shopSearch(args: ShopQuery & { search: string }, timing: ShopTiming) {
  return unstable_cache(
    () => searchShopProducts(args),
    [
      "shop-search",
      args.distributionId,
      args.category ?? "",
      String(args.page),
      args.search,
      timing.nextChange?.toISOString() ?? "",
    ],
    { tags: [PUBLIC_TAG, SEARCH_TAG], revalidate: shopSeconds(timing) },
  )();
}

// From a server action: whoever acted sees the change at once.
export function invalidatePublicPages() {
  updateTag(PUBLIC_TAG);
}

// From a route handler, where updateTag is not allowed: no stale copy is served afterwards either.
export function expirePublicPages() {
  revalidateTag(PUBLIC_TAG, { expire: 0 });
}
