import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm, FormFieldError } from "@/components/ui/action-form";
import { linkCatalogAction } from "@/lib/actions/admin";
import { currentUserId } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/auth/load-page-actor";
import { loadActor } from "@/lib/domain/access/actor";
import { catalogShortcutPath } from "@/lib/domain/catalog-link/catalog-reference";
import { getSharedCatalogOrThrow } from "@/lib/domain/catalog/get-shared-catalog";
import { INT_MAX } from "@/lib/domain/limits";
import { listAdministeredMarkets } from "@/lib/domain/market-admin/get-admin-market";
import { getMessages } from "@/lib/i18n/page";

export default async function SharedCatalogPage({
  params,
  searchParams,
}: {
  params: Promise<{ number: string }>;
  searchParams: Promise<{ cle?: string }>;
}) {
  const number = Number((await params).number);
  const key = (await searchParams).cle;
  // Beyond what the column holds, no catalog has it: a 404, not a database error.
  if (!Number.isInteger(number) || number <= 0 || number > INT_MAX) notFound();
  const { t } = await getMessages();
  const catalog = await orNotFound(getSharedCatalogOrThrow(number));
  const userId = await currentUserId();
  const markets = userId ? await listAdministeredMarkets({ actor: await loadActor(userId) }) : [];
  const s = t.producer.sharedCatalog;
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4 rounded-xl bg-white p-5 shadow-sm">
      <h1 className="text-xl font-bold">{s.title(catalog.name, catalog.producer.name)}</h1>
      <p className="text-sm">
        <Link href={`/producteurs/${catalog.producer.slug}`} className="text-leaf-700 underline">
          {catalog.producer.name}
        </Link>
        {catalog.producer.city && `, ${catalog.producer.city}`} ·{" "}
        {t.producer.catalogs.products(catalog._count.products)} · n° {catalog.number}
      </p>
      {markets.length === 0 ? (
        <p className="text-sm text-muted">{s.signIn}</p>
      ) : (
        <ActionForm
          action={linkCatalogAction}
          hidden={{ catalog: key ? catalogShortcutPath(catalog.number, key) : String(catalog.number) }}
          submitLabel={key ? s.submit : s.request}
          pendingLabel={t.common.loading}
        >
          <label htmlFor="field-marketId" className="text-sm font-medium">
            {s.linkTo}
          </label>
          <select id="field-marketId" name="marketId" className="rounded-md border border-stone-400 bg-white px-3 py-2">
            {markets.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
          <FormFieldError name="catalog" />
        </ActionForm>
      )}
    </div>
  );
}
