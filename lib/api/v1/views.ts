import type { ShopCatalog } from "@/lib/domain/shop/get-shop";
import { appUrl } from "@/lib/env";
import { marketLink } from "@/lib/market-link";
import type { PublicMarketPage, shopDistribution } from "@/lib/public-cache";
import { zonedIsoString } from "@/lib/time";
import { shopPath } from "@/lib/validation/shop-filters";

// What /api/v1 answers (README, Interoperability), built from the reads the public pages make (lib/public-cache.ts),
// field by field: only what those pages show anybody, never a row as it is. The market's contact (its « coordinateur »,
// often a member's own name, e-mail and phone) is left out, as are producers' contact details: a page shows them to
// a person, an API would hand them to every crawler. Shapes and examples: lib/api/v1/openapi.ts.

// Every price in Cabas is in euros, VAT included.
const CURRENCY = "EUR";

export const apiUrl = (path: string) => `${appUrl()}/api/v1${path}`;
const imageUrl = (imageId: string | null) => (imageId ? `${appUrl()}/images/${imageId}` : null);
const producerUrl = (slug: string) => `${appUrl()}/producteurs/${slug}`;

// Basis points as a decimal percentage: 550 → "5.5".
const percentOf = (basisPoints: number) => String(basisPoints / 100);

export function marketView(market: PublicMarketPage) {
  return {
    slug: market.slug,
    name: market.name,
    shortDescription: market.shortDescription,
    description: market.description,
    timeZone: market.timeZone,
    logoUrl: imageUrl(market.logoImageId),
    pageUrl: marketLink(market.slug),
    places: market.places.map((p) => ({ name: p.name, address: p.address, zipCode: p.zipCode, city: p.city })),
    distributionsUrl: apiUrl(`/markets/${market.slug}/distributions`),
  };
}

export type MarketView = ReturnType<typeof marketView>;

type Timing = { ordersOpenAt: Date; ordersCloseAt: Date; pickupStartAt: Date; pickupEndAt: Date };

function timingView(d: Timing, timeZone: string) {
  return {
    timeZone,
    ordersOpenAt: zonedIsoString(d.ordersOpenAt, timeZone),
    ordersCloseAt: zonedIsoString(d.ordersCloseAt, timeZone),
    pickupStartAt: zonedIsoString(d.pickupStartAt, timeZone),
    pickupEndAt: zonedIsoString(d.pickupEndAt, timeZone),
  };
}

// The market page's upcoming distributions (pick-up not over), each with the producers whose catalogs it accepted.
export function distributionsView(market: PublicMarketPage) {
  return {
    market: { slug: market.slug, name: market.name, timeZone: market.timeZone },
    distributions: market.distributions.map((d) => ({
      id: d.id,
      name: d.name,
      note: d.note,
      state: d.state,
      ...timingView(d, market.timeZone),
      place: { name: d.place.name, city: d.place.city },
      producers: d.producers.map((p) => ({ slug: p.slug, name: p.name, pageUrl: producerUrl(p.slug) })),
      shopUrl: `${appUrl()}${shopPath(market.slug, d.id)}`,
      productsUrl: apiUrl(`/markets/${market.slug}/distributions/${d.id}/products`),
    })),
  };
}

export type DistributionsView = ReturnType<typeof distributionsView>;

export type StockState = "UNLIMITED" | "IN_STOCK" | "SOLD_OUT";

// A page of a distribution's shop. `stockLeft` is what the shop page's live part reads (the stock left now of the
// products whose stock is managed): like the page, the API says whether some is left, not how much.
export function productsView({
  distribution,
  catalog,
  page,
  stockLeft,
}: {
  distribution: Awaited<ReturnType<typeof shopDistribution>>;
  catalog: ShopCatalog;
  page: number;
  stockLeft: Record<string, string>;
}) {
  const { market } = distribution;
  const stockOf = (p: { id: string; stock: string | null }): StockState => {
    if (p.stock === null) return "UNLIMITED";
    return Number(stockLeft[p.id] ?? p.stock) > 0 ? "IN_STOCK" : "SOLD_OUT";
  };
  return {
    distribution: {
      id: distribution.id,
      name: distribution.name,
      state: distribution.state,
      market: { slug: market.slug, name: market.name },
      ...timingView(distribution, market.timeZone),
      place: { name: distribution.place.name, address: distribution.place.address, city: distribution.place.city },
    },
    page,
    pages: catalog.pages,
    total: catalog.total,
    products: catalog.products.map((p) => ({
      id: p.id,
      name: p.name,
      description: p.description,
      category: p.category,
      producer: { slug: p.catalog.producer.slug, name: p.catalog.producer.name },
      unit: p.unit,
      quantityPerUnit: p.quantityPerUnit,
      bulk: p.bulk,
      step: p.step,
      variableWeight: p.variableWeight,
      organic: p.organic,
      price: { amountCents: p.priceCents, currency: CURRENCY, vatIncluded: true, vatRate: percentOf(p.vatRateBp) },
      stock: stockOf(p),
      imageUrl: imageUrl(p.imageId),
    })),
  };
}

export type ProductsView = ReturnType<typeof productsView>;
