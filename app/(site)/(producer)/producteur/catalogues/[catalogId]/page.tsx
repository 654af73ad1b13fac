import Link from "next/link";
import { ProductForm } from "@/components/producer/product-form";
import { ActionForm } from "@/components/ui/action-form";
import { CsvImport } from "@/components/ui/csv-import";
import { deleteProductAction, importProductsAction, setProductActiveAction } from "@/lib/actions/producer";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { getCatalogOrThrow } from "@/lib/domain/catalog/producer-catalogs";
import { priceLabel } from "@/lib/domain/product/unit-price";
import { getMessages } from "@/lib/i18n/server";

export default async function CatalogProductsPage({ params }: { params: Promise<{ catalogId: string }> }) {
  const { catalogId } = await params;
  const actor = await loadPageActor(`/producteur/catalogues/${catalogId}`);
  const { locale, t } = await getMessages();
  const catalog = await orNotFound(getCatalogOrThrow({ actor, catalogId }));
  const p = t.producer.product;
  return (
    <div className="flex flex-col gap-4">
      <header>
        <Link href={`/producteur/${catalog.producerId}`} className="text-sm text-leaf-700 underline">
          {catalog.producer.name}
        </Link>
        <h1 className="text-2xl font-bold">{catalog.name}</h1>
        <p className="font-mono font-bold text-leaf-700">{t.producer.catalogs.number(catalog.number)}</p>
      </header>
      <section aria-labelledby="products" className="flex flex-col gap-2">
        <h2 id="products" className="text-lg font-semibold">
          {p.list}
        </h2>
        {catalog.products.length === 0 && <p className="rounded-lg bg-white p-4">{p.none}</p>}
        <ul className="flex flex-col gap-2">
          {catalog.products.map((product) => {
            const label = priceLabel(product, locale, t.shop.piece);
            const hidden = { productId: product.id, catalogId };
            return (
              <li
                key={product.id}
                className={`flex flex-col gap-1 rounded-lg bg-white p-3 shadow-sm ${product.active ? "" : "opacity-70"}`}
                data-product={product.name}
              >
                <p className="font-semibold">
                  {product.name}
                  {!product.active && <span className="ml-2 text-xs font-normal uppercase">{p.inactive}</span>}
                </p>
                <p className="text-sm">
                  {label.quantity} — {label.price}
                  {label.reference && ` · ${label.reference}`}
                  {product.stock !== null && ` · stock ${product.stock.toString().replace(".", ",")}`}
                </p>
                <div className="flex flex-wrap gap-2">
                  <Link
                    href={`/producteur/produits/${product.id}`}
                    className="rounded-md border border-stone-400 px-3 py-1.5 text-sm font-semibold"
                  >
                    {p.edit}
                  </Link>
                  <Link
                    href={`/producteur/produits/${product.id}?copie=1`}
                    className="rounded-md border border-stone-400 px-3 py-1.5 text-sm font-semibold"
                  >
                    {p.duplicate}
                  </Link>
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
                    />
                  ) : (
                    <span className="self-center text-xs text-muted">{p.hasOrders}</span>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="csv" className="flex flex-col gap-2 rounded-xl bg-white p-4 shadow-sm">
        <h2 id="csv" className="text-lg font-semibold">
          {t.producer.csv.title}
        </h2>
        <a
          href={`/api/exports/catalog/${catalogId}`}
          className="self-start rounded-md border border-stone-400 px-3 py-1.5 text-sm font-semibold"
        >
          {t.producer.csv.export}
        </a>
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
      <section aria-labelledby="add-product" className="rounded-xl bg-white p-4 shadow-sm">
        <h2 id="add-product" className="mb-2 text-lg font-semibold">
          {p.title}
        </h2>
        <ProductForm catalogId={catalogId} t={t} />
      </section>
    </div>
  );
}
