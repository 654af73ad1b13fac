// The addresses `npm run bench` loads, in one place: when the public pages move (a language prefix, another
// route), only this module changes. Everything is made from the seeded rows (scripts/bench/seed.ts).
import type { BenchMarket } from "./seed";

export type Audience = "visitor" | "member";

export type PageLoad = {
  name: string;
  path: string;
  audience: Audience;
  // Texts the answer must hold (checked once before the load), so that a load measures the page its audience
  // would see rather than an error page or a redirect.
  expect: string[];
  // Also timed alone, one request at a time (« shop page server time »), after one request to `warmUp`, another
  // address of the same route, has loaded its code: the first request then measures a render, not a cold start.
  serverTime?: { warmUp: string };
};

// How the page looks for each audience: the sign-in link for a visitor, the account link for a member.
const SEEN_BY: Record<Audience, string> = { visitor: 'href="/connexion', member: 'href="/compte"' };

export function shopPath(market: Pick<BenchMarket, "slug" | "distributionId">): string {
  return `/m/${market.slug}/distributions/${market.distributionId}`;
}

export function publicPages(market: BenchMarket): PageLoad[] {
  const shop = shopPath(market);
  const product = market.basketProduct.name;
  const pages: (Omit<PageLoad, "name" | "audience"> & { name: string; audiences: Audience[] })[] = [
    { name: "home", path: "/", audiences: ["visitor", "member"], expect: [] },
    { name: "market page", path: `/m/${market.slug}`, audiences: ["visitor", "member"], expect: [] },
    {
      name: "shop page",
      path: shop,
      audiences: ["visitor", "member"],
      expect: [product],
      serverTime: { warmUp: `${shop}?page=3` },
    },
    {
      name: "shop, category page 2",
      path: `${shop}?categorie=BAKERY&page=2`,
      audiences: ["visitor", "member"],
      expect: [],
    },
    // A name search hits the products' table each time (never cached).
    {
      name: "shop, search",
      path: `${shop}?q=${encodeURIComponent("Produit 3-1")}`,
      audiences: ["visitor", "member"],
      expect: ["Produit 3-1"],
    },
    { name: "producer page", path: `/producteurs/${market.producerSlug}`, audiences: ["visitor"], expect: [] },
    { name: "shared catalog page", path: `/catalogues/${market.catalogNumber}`, audiences: ["visitor"], expect: [] },
    // Members only: a visitor is sent to sign in.
    { name: "volunteer calendar", path: `/m/${market.slug}/permanences`, audiences: ["member"], expect: ["Accueil"] },
  ];
  return pages.flatMap(({ audiences, ...page }) =>
    audiences.map((audience) => ({
      ...page,
      name: `${page.name}, ${audience}`,
      audience,
      expect: [...page.expect, SEEN_BY[audience]],
    })),
  );
}

// The basket change as a shopper makes it: on the shop page, add one of the product and wait until the basket's
// total shows the new amount. The bench does it once in Chromium, records the requests it took, and replays
// them for many shoppers at once.
export type BasketRoundTrip = {
  path: string;
  product: string;
  // The add button's accessible name inside the product's card, and the element that shows the total.
  addButton: string;
  totalTestId: string;
};

export function basketRoundTrip(market: BenchMarket): BasketRoundTrip {
  return {
    path: shopPath(market),
    product: market.basketProduct.name,
    addButton: "Commander",
    totalTestId: "basket-total",
  };
}

// Lighthouse's pages: the shared link and the shop, as a visitor.
export function lighthousePages(market: BenchMarket): { name: string; path: string }[] {
  return [
    { name: "market page", path: `/m/${market.slug}` },
    { name: "shop page", path: shopPath(market) },
  ];
}
