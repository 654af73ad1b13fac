import Link from "next/link";
import { ProductForm } from "@/components/producer/product-form";
import { ActionForm } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { CsvImport } from "@/components/ui/csv-import";
import { deleteProductAction, importProductsAction, setProductActiveAction } from "@/lib/actions/producer";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { getCatalogOrThrow } from "@/lib/domain/catalog/producer-catalogs";
import { priceLabel } from "@/lib/domain/product/unit-price";
import { getMessages } from "@/lib/i18n/page";

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
        {catalog.products.length === 0 && (
          <Card>
            <p>{p.none}</p>
          </Card>
        )}
        <ul className="flex flex-col gap-2">
          {catalog.products.map((product) => {
            const label = priceLabel(product, locale, t.shop.piece);
            const hidden = { productId: product.id, catalogId };
            return (
              <Card key={product.id} asChild className="gap-2 p-3">
                <li data-product={product.name}>
                  <p className="flex flex-wrap items-center gap-2 font-semibold">
                    {product.name}
                    {!product.active && <Badge>{p.inactive}</Badge>}
                  </p>
                  <p className="text-sm">
                    {label.quantity} — {label.price}
                    {label.reference && ` · ${label.reference}`}
                    {product.stock !== null && ` · stock ${product.stock.toString().replace(".", ",")}`}
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
      <Card asChild>
        <section aria-labelledby="add-product">
          <CardTitle asChild>
            <h2 id="add-product">{p.title}</h2>
          </CardTitle>
          <ProductForm catalogId={catalogId} t={t} />
        </section>
      </Card>
    </div>
  );
}
