// The addresses `npm run bench` loads, in one place: when the public pages move (a language prefix, another
// route), only this module changes. Everything is made from the seeded rows (scripts/bench/seed.ts).
import type { BenchMarket } from "./seed";

export type Audience = "visitor" | "member";

// The bench's addresses are French pages (unprefixed): its browsers ask for French, or a French address would
// send them to its English page (/en/…) and the bench would measure a redirect.
export const BROWSER_LANGUAGE = "fr-FR";

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

// What a page asks the server for once it is in the browser (the public pages' personal parts, one request per
// page view: app/api/personal), recorded in Chromium and loaded as its own row. A page view costs the
// page plus this: `view` names the row that adds them up.
export type PersonalLoad = {
  name: string;
  page: PageLoad;
  view: string;
  // Texts its answer must hold.
  expect: string[];
  // Also timed alone, one request at a time.
  serverTime: boolean;
};

// Who the page was rendered for: the sign-in link for a visitor, the account link for a member. The public pages
// are rendered for a visitor, the same for everybody (cached, or live for a search); a member's account (the
// spaces it may open, as data) comes with the page's personal part. The other pages are rendered per request,
// for whoever asks.
const SEEN_BY: Record<Audience, string> = { visitor: 'href="/connexion', member: 'href="/compte"' };
const PERSONAL_SEEN_BY: Record<Audience, string[]> = { visitor: [], member: ['"account":{'] };

export function shopPath(market: Pick<BenchMarket, "slug" | "distributionId">): string {
  return `/m/${market.slug}/distributions/${market.distributionId}`;
}

type Page = {
  name: string;
  path: string;
  audiences: Audience[];
  expect: string[];
  // Rendered for a visitor whoever asks (its personal parts loaded after, in the browser).
  forEverybody: boolean;
  // The audiences whose page is timed alone. A member is served the visitor's page: what is theirs, the
  // personal part, is timed instead.
  serverTime?: { warmUp: string; audiences: Audience[] };
  // The audiences whose personal part is loaded as its own row, those for which it is also timed alone, and what
  // its answer must hold for everybody.
  personal?: { audiences: Audience[]; timed: Audience[]; expect: string[] };
};

function pages(market: BenchMarket): Page[] {
  const shop = shopPath(market);
  return [
    // The member's markets come with its personal part.
    {
      name: "home",
      path: "/",
      audiences: ["visitor", "member"],
      expect: [],
      forEverybody: true,
      personal: { audiences: ["member"], timed: [], expect: [market.name] },
    },
    {
      name: "market page",
      path: `/m/${market.slug}`,
      audiences: ["visitor", "member"],
      expect: [market.name, `href="${shop}"`],
      forEverybody: true,
      personal: { audiences: ["member"], timed: [], expect: [] },
    },
    {
      name: "shop page",
      path: shop,
      audiences: ["visitor", "member"],
      expect: [market.basketProduct.name],
      forEverybody: true,
      serverTime: { warmUp: `${shop}/toutes/3`, audiences: ["visitor"] },
      // The stock left of the page's products whose stock is managed, read live for everybody.
      personal: { audiences: ["visitor", "member"], timed: ["member"], expect: ['"stockLeft":{"'] },
    },
    // Page 2 of a category: the links to its pages 1 and 3 say which page it is.
    {
      name: "shop, category page 2",
      path: `${shop}/bakery/2`,
      audiences: ["visitor", "member"],
      expect: [`href="${shop}/bakery"`, `href="${shop}/bakery/3"`],
      forEverybody: true,
    },
    // A name search's page (the search form's …/recherche?q= is sent there), cached in a small pool of its own.
    {
      name: "shop, search",
      path: `${shop}/recherche/${encodeURIComponent("Produit 3-1")}`,
      audiences: ["visitor", "member"],
      expect: ["Produit 3-1"],
      forEverybody: true,
    },
    {
      name: "producer page",
      path: `/producteurs/${market.producerSlug}`,
      audiences: ["visitor"],
      expect: [market.producerName],
      forEverybody: true,
    },
    {
      name: "market's producers page",
      path: `/m/${market.slug}/producteurs`,
      audiences: ["visitor"],
      expect: [market.producerName],
      forEverybody: true,
    },
    {
      name: "shared catalog page",
      path: `/catalogues/${market.catalogNumber}`,
      audiences: ["visitor"],
      expect: [market.producerName],
      forEverybody: true,
    },
    // Members only: a visitor is sent to sign in.
    {
      name: "volunteer calendar",
      path: `/m/${market.slug}/permanences`,
      audiences: ["member"],
      expect: ["Accueil"],
      forEverybody: false,
    },
  ];
}

const loadName = (page: Pick<Page, "name">, audience: Audience) => `${page.name}, ${audience}`;

function pageLoad(page: Omit<Page, "personal">, audience: Audience): PageLoad {
  return {
    name: loadName(page, audience),
    path: page.path,
    audience,
    expect: [...page.expect, SEEN_BY[page.forEverybody ? "visitor" : audience]],
    ...(page.serverTime?.audiences.includes(audience) ? { serverTime: { warmUp: page.serverTime.warmUp } } : {}),
  };
}

export function publicPages(market: BenchMarket): PageLoad[] {
  return pages(market).flatMap((page) => page.audiences.map((audience) => pageLoad(page, audience)));
}

export function personalLoads(market: BenchMarket): PersonalLoad[] {
  return pages(market).flatMap(({ personal, ...page }) =>
    (personal?.audiences ?? []).map((audience) => ({
      name: `${loadName(page, audience)}: personal part`,
      page: pageLoad(page, audience),
      view: `${loadName(page, audience)}: page view (page + personal part)`,
      expect: [...personal!.expect, ...PERSONAL_SEEN_BY[audience]],
      serverTime: personal!.timed.includes(audience),
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
