import Link from "next/link";
import { ProductForm } from "@/components/producer/product-form";
import { Card } from "@/components/ui/card";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { getProductForEditOrThrow } from "@/lib/domain/catalog/get-product-for-edit";
import { getMessages } from "@/lib/i18n/page";

export default async function EditProductPage({
  params,
  searchParams,
}: {
  params: Promise<{ productId: string }>;
  searchParams: Promise<{ copie?: string }>;
}) {
  const { productId } = await params;
  const duplicate = (await searchParams).copie === "1";
  const actor = await loadPageActor(`/producteur/produits/${productId}`);
  const { t } = await getMessages();
  const product = await orNotFound(getProductForEditOrThrow({ actor, productId }));
  const p = t.producer.product;
  const initial = duplicate
    ? { ...product, values: { ...product.values, name: p.copyOf(product.values.name) } }
    : product;
  return (
    <Card asChild>
      <section>
        <Link href={`/producteur/catalogues/${product.catalogId}`} className="text-sm text-leaf-700 underline">
          {p.list}
        </Link>
        <h1 className="text-xl font-bold">{duplicate ? p.duplicateTitle : p.editTitle}</h1>
        <ProductForm
          catalogId={product.catalogId}
          productId={duplicate ? undefined : product.id}
          initial={initial}
          t={t}
        />
      </section>
    </Card>
  );
}
