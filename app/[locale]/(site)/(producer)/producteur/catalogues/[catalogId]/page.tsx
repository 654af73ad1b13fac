import { ImageIcon, Plus } from "lucide-react";
import Link from "next/link";
import { ProductForm } from "@/components/producer/product-form";
import { ActionForm } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { Button, buttonVariants } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { CsvImport } from "@/components/ui/csv-import";
import { deleteProductAction, importProductsAction, setProductActiveAction } from "@/lib/actions/producer";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { getCatalogOrThrow } from "@/lib/domain/catalog/producer-catalogs";
import { PRODUCT_STATES, type ProductState, productState } from "@/lib/domain/product/product-state";
import { priceLabel } from "@/lib/domain/product/unit-price";
import { formatDecimal } from "@/lib/i18n/format";
import { localizedPath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/page";

// The state filter as it reads in the address (?etat=rupture).
const FILTER_PARAM: Record<ProductState, string> = {
  active: "en-vente",
  outOfStock: "rupture",
  disabled: "desactives",
};
const STATE_BADGE = { active: "success", outOfStock: "warning", disabled: "neutral" } as const;

export default async function CatalogProductsPage({
  params,
  searchParams,
}: {
  params: Promise<{ catalogId: string }>;
  searchParams: Promise<{ etat?: string }>;
}) {
  const { catalogId } = await params;
  const actor = await loadPageActor(`/producteur/catalogues/${catalogId}`);
  const { locale, t } = await getMessages();
  const catalog = await orNotFound(getCatalogOrThrow({ actor, catalogId }));
  const filterParam = (await searchParams).etat;
  const filter = PRODUCT_STATES.find((s) => FILTER_PARAM[s] === filterParam) ?? null;
  const products = catalog.products.map((product) => ({ ...product, state: productState(product) }));
  const shown = filter ? products.filter((product) => product.state === filter) : products;
  const p = t.producer.product;
  const l = t.producer.productList;
  const path = localizedPath(locale, `/producteur/catalogues/${catalogId}`);
  const filterLinks: [ProductState | null, string][] = [
    [null, l.all(products.length)],
    ...PRODUCT_STATES.map(
      (s) =>
        [s, l.count(l.filter[s], products.filter((product) => product.state === s).length)] as [ProductState, string],
    ),
  ];
  return (
    <div className="flex flex-col gap-4">
      <header>
        <Link href={`/producteur/${catalog.producerId}`} className="text-sm text-leaf-700 underline">
          {catalog.producer.name}
        </Link>
        <h1 className="text-2xl font-bold">{catalog.name}</h1>
        <p className="font-mono font-bold text-leaf-700">{t.producer.catalogs.number(catalog.number)}</p>
      </header>
      {/* First on the page, above a list that can run to a hundred products: a disclosure, so it works
          without JavaScript, open from the start while the catalog is empty. */}
      <Card asChild className="p-0">
        <details id="ajouter" open={products.length === 0} className="group">
          <summary
            className={cn(
              buttonVariants(),
              "m-4 w-fit cursor-pointer list-none group-open:mb-0 [&::-webkit-details-marker]:hidden",
            )}
          >
            <Plus aria-hidden />
            {p.title}
          </summary>
          <div className="p-4">
            <ProductForm catalogId={catalogId} t={t} />
          </div>
        </details>
      </Card>
      <section aria-labelledby="products" className="flex flex-col gap-3">
        <h2 id="products" className="text-lg font-semibold">
          {p.list}
        </h2>
        {products.length > 0 && (
          <nav aria-label={l.filters}>
            <ul className="flex flex-wrap gap-2">
              {filterLinks.map(([state, label]) => (
                <li key={state ?? "all"}>
                  {/* A plain link: a full page load, so the list always comes from the server as it is now. */}
                  <Button asChild variant="outline" size="sm" className="rounded-full">
                    <a
                      href={state ? `${path}?etat=${FILTER_PARAM[state]}` : path}
                      aria-current={state === filter ? "page" : undefined}
                    >
                      {label}
                    </a>
                  </Button>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {products.length === 0 ? (
          <Card>
            <p>{p.none}</p>
          </Card>
        ) : shown.length === 0 ? (
          <Card>
            <p>{l.noneHere}</p>
            <a href={path} className="self-start text-leaf-700 underline">
              {l.showAll}
            </a>
          </Card>
        ) : null}
        <ul className="flex flex-col gap-2">
          {shown.map((product) => {
            const label = priceLabel(product, locale, t.shop.piece);
            // Bulk and variable-weight products are priced per kg or L (« 10,23 €/kg ») and stocked in it.
            const perMeasure = (product.bulk || product.variableWeight) && product.unit !== "PIECE";
            const hidden = { productId: product.id, catalogId };
            return (
              <Card key={product.id} asChild className="flex-row gap-3 p-3">
                <li data-product={product.name} data-state={product.state}>
                  {product.imageId ? (
                    // eslint-disable-next-line @next/next/no-img-element -- served resized by /images/[id]
                    <img
                      src={`/images/${product.imageId}`}
                      alt=""
                      width={64}
                      height={64}
                      loading="lazy"
                      className="size-16 shrink-0 rounded-lg object-cover"
                    />
                  ) : (
                    <div
                      data-placeholder
                      className="flex size-16 shrink-0 items-center justify-center rounded-lg bg-earth-100 text-earth-600"
                    >
                      <ImageIcon aria-hidden className="size-6" />
                    </div>
                  )}
                  <div className="flex min-w-0 grow flex-col gap-1.5">
                    <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                      <span className="font-semibold break-words">{product.name}</span>
                      <Badge variant={STATE_BADGE[product.state]}>{l.state[product.state]}</Badge>
                    </p>
                    <p className="text-sm">
                      <span className="font-semibold">
                        {perMeasure ? label.price : `${label.price} / ${label.quantity}`}
                      </span>
                      {label.reference && <span className="text-muted"> · {label.reference}</span>}
                    </p>
                    <p className="text-sm text-muted">
                      {product.stock === null
                        ? l.stockUnmanaged
                        : l.stock(
                            `${formatDecimal(product.stock.toString(), locale)}${perMeasure ? ` ${p.units[product.unit]}` : ""}`,
                          )}
                    </p>
                    <div className="flex flex-wrap items-center gap-2">
                      <Button asChild variant="outline" size="sm">
                        <Link href={`/producteur/produits/${product.id}`}>{p.edit}</Link>
                      </Button>
                      <Button asChild variant="outline" size="sm">
                        <Link href={`/producteur/produits/${product.id}?copie=1`}>{p.duplicate}</Link>
                      </Button>
                      <ActionForm
                        action={setProductActiveAction}
                        hidden={{ ...hidden, active: product.active ? "0" : "1" }}
                        submitLabel={product.active ? p.disable : p.enable}
                        pendingLabel={t.common.loading}
                        variant="secondary"
                        className="flex flex-col gap-1"
                      />
                      {product._count.orderLines === 0 ? (
                        <ActionForm
                          action={deleteProductAction}
                          hidden={hidden}
                          submitLabel={p.delete}
                          pendingLabel={t.common.loading}
                          variant="danger"
                          className="flex flex-col gap-1"
                          confirm={{
                            title: p.deleteTitle(product.name),
                            description: p.deleteText,
                            cancelLabel: t.common.cancel,
                          }}
                          messageAs="toast"
                        />
                      ) : (
                        <span className="text-xs text-muted">{p.hasOrders}</span>
                      )}
                    </div>
                  </div>
                </li>
              </Card>
            );
          })}
        </ul>
      </section>
      <Card asChild>
        <section aria-labelledby="csv">
          <CardTitle asChild>
            <h2 id="csv">{t.producer.csv.title}</h2>
          </CardTitle>
          <Button asChild variant="outline" size="sm" className="self-start">
            <a href={`/api/exports/catalog/${catalogId}`}>{t.producer.csv.export}</a>
          </Button>
          <CsvImport
            action={importProductsAction}
            hidden={{ catalogId }}
            labels={{
              field: t.producer.csv.field,
              preview: t.producer.csv.preview,
              import: t.producer.csv.importAll,
              line: t.producer.csv.line,
              ok: t.producer.csv.ok,
              pending: t.common.loading,
            }}
          />
        </section>
      </Card>
    </div>
  );
}
