import Link from "next/link";
import type { ReactNode } from "react";
import type { Shop, ShopCatalog } from "@/lib/domain/shop/get-shop";
import { formatInZone } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { type ShopFilters, shopFiltersQuery, shopPath } from "@/lib/validation/shop-filters";
import { ProductCard } from "./product-card";

// One distribution's shop, the same markup live and in the cached showcase; `personal` is what it shows of the
// shopper (components/shop/shop-personal.tsx, or the panel that loads it).
export function ShopView({
  shop,
  catalog,
  filters,
  signedIn,
  personal,
  locale,
  t,
}: {
  shop: Shop;
  catalog: ShopCatalog;
  filters: ShopFilters;
  signedIn: boolean;
  personal: ReactNode;
  locale: Locale;
  t: Messages;
}) {
  const { distribution: d } = shop;
  const { category, search, page } = filters;
  const s = t.shop;
  const at = (date: Date, pattern: string) => formatInZone(date, pattern, d.market.timeZone, locale);
  const path = shopPath(d.market.slug, d.id);
  const open = d.state === "OPEN";
  const canOrder = open && signedIn && shop.missingFields.length === 0;
  const pageHref = (n: number) => `${path}?${shopFiltersQuery({ category, search, page: n })}`;
  return (
    <div className="flex flex-col gap-4 pb-20">
      <header className="flex flex-col gap-1">
        <Link href={`/m/${d.market.slug}`} className="text-sm text-leaf-700 underline">
          {d.market.name}
        </Link>
        <h1 className="text-xl font-bold first-letter:uppercase">
          {t.market.pickup(
            at(d.pickupStartAt, t.market.dateFormat),
            at(d.pickupStartAt, "HH:mm"),
            at(d.pickupEndAt, "HH:mm"),
          )}
        </h1>
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
        {open && !signedIn && (
          <p className="rounded-lg bg-leaf-50 p-3">
            <Link
              href={`/connexion?callbackUrl=${encodeURIComponent(path)}`}
              className="font-semibold text-leaf-700 underline"
            >
              {s.signInToOrder}
            </Link>
          </p>
        )}
      </header>
      <div className="flex flex-col gap-4 lg:flex-row-reverse lg:items-start">
        <aside className="lg:sticky lg:top-4 lg:w-80">{personal}</aside>
        <div className="flex grow flex-col gap-3">
          <form
            method="get"
            action={path}
            role="search"
            className="flex flex-col gap-2 rounded-xl bg-white p-3 sm:flex-row sm:items-end"
          >
            <div className="flex grow flex-col gap-1">
              <label htmlFor="q" className="text-sm font-medium">
                {s.search}
              </label>
              <input id="q" name="q" defaultValue={search} className="rounded-md border border-stone-400 px-3 py-2" />
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor="categorie" className="text-sm font-medium">
                {s.categoryFilter}
              </label>
              <select
                id="categorie"
                name="categorie"
                defaultValue={category ?? ""}
                className="rounded-md border border-stone-400 bg-white px-3 py-2"
              >
                <option value="">{s.allProducts}</option>
                {catalog.categories.map((c) => (
                  <option key={c} value={c}>
                    {s.categories[c]}
                  </option>
                ))}
              </select>
            </div>
            <button className="rounded-md bg-stone-700 px-4 py-2 font-semibold text-white">{s.searchSubmit}</button>
          </form>
          {catalog.products.length === 0 ? (
            <p className="rounded-lg bg-white p-4">{s.noProducts}</p>
          ) : (
            <ul className="grid gap-3 md:grid-cols-2">
              {catalog.products.map((p, i) => (
                <li key={p.id}>
                  {(i === 0 || catalog.products[i - 1].category !== p.category) && (
                    <h2 className="mt-2 mb-2 text-lg font-bold">{s.categories[p.category]}</h2>
                  )}
                  <ProductCard product={p} distributionId={d.id} canOrder={canOrder} locale={locale} t={t} />
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
