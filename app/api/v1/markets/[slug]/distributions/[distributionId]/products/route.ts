import { pageParameter, publicApiGet, publicApiPreflight } from "@/lib/api/public-api";
import { productsView } from "@/lib/api/v1/views";
import { getPersonalView } from "@/lib/domain/personal/get-personal-view";
import { shopCatalog, shopDistribution } from "@/lib/public-cache";
import { SHOP_MAX_PAGE } from "@/lib/validation/shop-filters";

type Params = { slug: string; distributionId: string };

// GET /api/v1/markets/<slug>/distributions/<id>/products?page=<n> — a page of the distribution's shop: the shop
// page's cached reads, and the stock left read live as the page's own live part reads it.
export function GET(request: Request, { params }: { params: Promise<Params> }) {
  return publicApiGet(request, async () => {
    const page = pageParameter(request, SHOP_MAX_PAGE);
    const { slug, distributionId } = await params;
    const now = new Date();
    const distribution = await shopDistribution(slug, distributionId, now);
    const catalog = await shopCatalog(
      { marketId: distribution.market.id, distributionId, page },
      { now, nextChange: distribution.nextChange },
    );
    const managed = catalog.products.filter((p) => p.stock !== null).map((p) => p.id);
    const { stockLeft } = await getPersonalView({ viewer: null, distributionId, stockOf: managed, now });
    return productsView({ distribution, catalog, page, stockLeft });
  });
}

export const OPTIONS = publicApiPreflight;
export const dynamic = "force-dynamic";
