import Link from "next/link";
import type { ShopCatalog, ShopDistribution } from "@/lib/domain/shop/get-shop";
import type { DistributionState } from "@/lib/domain/distribution/distribution-state";
import { formatInZone } from "@/lib/i18n/format";
import { type Locale, localizedPath } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { SEARCH_SEGMENT, type ShopFilters, shopFiltersPath, shopPath } from "@/lib/validation/shop-filters";
import { SaleWords } from "../market/sale-words";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { Field } from "../ui/field";
import { Input } from "../ui/input";
import { Select } from "../ui/select";
import { VisitorOnly } from "../personal/personal";
import { Basket } from "./basket";
import { LiveBasket } from "./live-basket";
import { ProductCard } from "./product-card";

// One distribution's shop as a visitor sees it, the same for everybody so that Next serves it from its cache
// (searches aside). The shopper's own parts — the basket, the order forms, the contact details the market needs —
// come once in the browser (components/personal/personal.tsx); until then the basket panel is a visitor's, empty.
export function ShopView({
  distribution: d,
  catalog,
  filters,
  locale,
  t,
}: {
  distribution: ShopDistribution & { state: DistributionState };
  catalog: ShopCatalog;
  filters: ShopFilters;
  locale: Locale;
  t: Messages;
}) {
  const { category, search, page } = filters;
  const s = t.shop;
  const at = (date: Date, pattern: string) => formatInZone(date, pattern, d.market.timeZone, locale);
  const here = (path: string) => localizedPath(locale, path);
  const path = shopPath(d.market.slug, d.id);
  const open = d.state === "OPEN";
  const pageHref = (n: number) => here(shopFiltersPath(d.market.slug, d.id, { category, search, page: n }));
  return (
    <div className="flex flex-col gap-4 pb-20">
      <header className="flex flex-col gap-1">
        <Link href={here(`/m/${d.market.slug}`)} className="text-sm text-leaf-700 underline">
          {d.market.name}
        </Link>
        <h1 className="text-xl font-bold first-letter:uppercase">
          {t.market.pickup(
            at(d.pickupStartAt, t.market.dateFormat),
            at(d.pickupStartAt, "HH:mm"),
            at(d.pickupEndAt, "HH:mm"),
          )}
        </h1>
        <SaleWords name={d.name} note={d.note} />
        <p className="text-sm">
          {d.place.name}, {d.place.address}, {d.place.city}
        </p>
        {open && <p className="text-sm font-semibold">{s.orderUntil(at(d.ordersCloseAt, t.market.dateTimeFormat))}</p>}
        {d.state === "NOT_YET_OPEN" && (
          <p className="rounded-lg bg-earth-100 p-3 text-earth-800">
            {s.notOpenYet(at(d.ordersOpenAt, t.market.dateTimeFormat))}
          </p>
        )}
        {!open && d.state !== "NOT_YET_OPEN" && (
          <p className="rounded-lg bg-earth-100 p-3 text-earth-800">
            {d.state === "CANCELLED" ? t.refunds.cancelledNotice : s.closedReadOnly}
          </p>
        )}
        {open && (
          <VisitorOnly>
            <p className="rounded-lg bg-leaf-50 p-3">
              <Link
                href={here(`/connexion?callbackUrl=${encodeURIComponent(here(path))}`)}
                className="font-semibold text-leaf-700 underline"
              >
                {s.signInToOrder}
              </Link>
            </p>
          </VisitorOnly>
        )}
      </header>
      <div className="flex flex-col gap-4 lg:flex-row-reverse lg:items-start">
        <aside className="lg:sticky lg:top-4 lg:w-80">
          <LiveBasket distributionId={d.id} locale={locale}>
            <Basket basket={null} distributionId={d.id} editable={open} locale={locale} t={t} />
          </LiveBasket>
        </aside>
        <div className="flex grow flex-col gap-3">
          <Card asChild className="gap-2 p-3 sm:flex-row sm:items-end">
            <form method="get" action={here(`${path}/${SEARCH_SEGMENT}`)} role="search">
              <Field id="q" label={s.search} className="grow">
                <Input name="q" defaultValue={search} />
              </Field>
              <Field id="categorie" label={s.categoryFilter}>
                <Select name="categorie" defaultValue={category ?? ""}>
                  <option value="">{s.allProducts}</option>
                  {catalog.categories.map((c) => (
                    <option key={c} value={c}>
                      {s.categories[c]}
                    </option>
                  ))}
                </Select>
              </Field>
              <Button type="submit" variant="secondary">
                {s.searchSubmit}
              </Button>
            </form>
          </Card>
          {catalog.products.length === 0 ? (
            <Card asChild>
              <p>{s.noProducts}</p>
            </Card>
          ) : (
            <ul className="grid gap-3 md:grid-cols-2">
              {catalog.products.map((p, i) => (
                <li key={p.id}>
                  {(i === 0 || catalog.products[i - 1].category !== p.category) && (
                    <h2 className="mt-2 mb-2 text-lg font-bold">{s.categories[p.category]}</h2>
                  )}
                  <ProductCard product={p} distributionId={d.id} open={open} locale={locale} t={t} />
                </li>
              ))}
            </ul>
          )}
          {catalog.pages > 1 && (
            <nav aria-label={s.page(page, catalog.pages)} className="flex items-center justify-between gap-2">
              {page > 1 ? (
                <Link href={pageHref(page - 1)} className="underline">
                  {s.previous}
                </Link>
              ) : (
                <span />
              )}
              <span className="text-sm">{s.page(page, catalog.pages)}</span>
              {page < catalog.pages ? (
                <Link href={pageHref(page + 1)} className="underline">
                  {s.next}
                </Link>
              ) : (
                <span />
              )}
            </nav>
          )}
        </div>
      </div>
    </div>
  );
}
