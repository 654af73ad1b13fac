import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SharedCatalogSummary } from "@/components/producer/shared-catalog-summary";
import { ActionForm, FormFieldError, FormSelect } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { linkCatalogAction } from "@/lib/actions/admin";
import { currentActorOrNull } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/auth/load-page-actor";
import { catalogNumberOf, catalogShortcutPath } from "@/lib/domain/catalog-link/catalog-reference";
import { getSharedCatalogOrThrow } from "@/lib/domain/catalog/get-shared-catalog";
import { listAdministeredMarkets } from "@/lib/domain/market-admin/get-admin-market";
import { getMessages } from "@/lib/i18n/page";

// « Relier ce catalogue à mon marché », from a catalog's page or its shortcut link (…/catalogues/<n>?cle=…,
// sent here by next.config.mjs): for whoever runs a market, a choice of their markets, linked at once with the
// shortcut's key, else asked of the producer. Rendered per request.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.producer.sharedCatalog.linkTo, robots: { index: false } };
}

export default async function LinkSharedCatalogPage({
  params,
  searchParams,
}: {
  params: Promise<{ number: string }>;
  searchParams: Promise<{ cle?: string | string[] }>;
}) {
  const number = catalogNumberOf((await params).number);
  if (number === null) notFound();
  const { cle } = await searchParams;
  const key = typeof cle === "string" && cle ? cle : null;
  const { locale, t } = await getMessages();
  const catalog = await orNotFound(getSharedCatalogOrThrow(number));
  const actor = await currentActorOrNull();
  const markets = actor ? await listAdministeredMarkets({ actor }) : [];
  const s = t.producer.sharedCatalog;
  return (
    <Card className="mx-auto max-w-xl gap-4 p-5">
      <SharedCatalogSummary catalog={catalog} locale={locale} t={t} />
      {markets.length === 0 ? (
        <p className="text-sm text-muted">{s.signIn}</p>
      ) : (
        <ActionForm
          action={linkCatalogAction}
          hidden={{ catalog: key ? catalogShortcutPath(catalog.number, key) : String(catalog.number) }}
          submitLabel={key ? s.submit : s.request}
          pendingLabel={t.common.loading}
        >
          <FormSelect name="marketId" label={s.linkTo} options={markets.map((m) => [m.id, m.name])} />
          <FormFieldError name="catalog" />
        </ActionForm>
      )}
    </Card>
  );
}
