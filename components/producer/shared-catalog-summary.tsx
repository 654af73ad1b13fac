import Link from "next/link";
import type { getSharedCatalogOrThrow } from "@/lib/domain/catalog/get-shared-catalog";
import { type Locale, localizedPath } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

// What a catalog's shared link shows of it: its name, its producer, how many products, its number.
export function SharedCatalogSummary({
  catalog,
  locale,
  t,
}: {
  catalog: Awaited<ReturnType<typeof getSharedCatalogOrThrow>>;
  locale: Locale;
  t: Messages;
}) {
  return (
    <>
      <h1 className="text-xl font-bold">{t.producer.sharedCatalog.title(catalog.name, catalog.producer.name)}</h1>
      <p className="text-sm">
        <Link href={localizedPath(locale, `/producteurs/${catalog.producer.slug}`)} className="text-leaf-700 underline">
          {catalog.producer.name}
        </Link>
        {catalog.producer.city && `, ${catalog.producer.city}`} ·{" "}
        {t.producer.catalogs.products(catalog._count.products)} · n° {catalog.number}
      </p>
    </>
  );
}
