import Link from "next/link";
import { ActionForm, FormChoice, FormField } from "@/components/ui/action-form";
import { linkCatalogAction, unlinkCatalogAction } from "@/lib/actions/admin";
import { loadAdminMarket } from "@/lib/auth/load-admin-market";
import { orNotFound } from "@/lib/auth/load-page-actor";
import { listLinkedCatalogs } from "@/lib/domain/catalog-link/link-catalog";
import { searchProducers } from "@/lib/domain/producer/search-producers";
import { ProducerList } from "@/components/admin/producer-list";
import { formatInZone } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/page";
import { Card } from "@/components/ui/card";

export default async function CatalogsAdminPage({ params }: { params: Promise<{ marketId: string }> }) {
  const { marketId } = await params;
  const { actor, market } = await loadAdminMarket(marketId, `/admin/${marketId}/catalogues`);
  const { locale, t } = await getMessages();
  const now = new Date();
  const { links, pending } = await orNotFound(listLinkedCatalogs({ actor, marketId, now }));
  const suggestions = await searchProducers({ actor, marketId, excludeLinked: true, take: 3 });
  const c = t.admin.catalogs;
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
      <section aria-labelledby="linked">
        <h1 id="linked" className="mb-2 text-2xl font-bold">
          {c.list}
        </h1>
        {links.length === 0 ? (
          <Card asChild>
            <p>{c.none}</p>
          </Card>
        ) : (
          <ul className="flex flex-col gap-2">
            {links.map(({ catalog }) => (
              <Card asChild key={catalog.id}>
                <li className="flex-row flex-wrap items-center justify-between gap-2 p-3">
                  <span>
                    <span className="font-semibold">{catalog.name}</span> — {catalog.producer.name}
                    {catalog.producer.city && `, ${catalog.producer.city}`} · n° {catalog.number} ·{" "}
                    {c.products(catalog._count.products)}
                  </span>
                  <Link
                    href={`/admin/${marketId}/messagerie?producteur=${catalog.producer.id}`}
                    className="text-sm text-leaf-700 underline"
                  >
                    {t.admin.messages.writeToProducer}
                  </Link>
                  <ActionForm
                    action={unlinkCatalogAction}
                    hidden={{ marketId, catalogId: catalog.id }}
                    submitLabel={c.unlink}
                    pendingLabel={t.common.loading}
                    variant="danger"
                    className="flex flex-col gap-1"
                    confirm={{
                      title: t.admin.confirm.unlinkCatalog(catalog.name),
                      description: t.admin.confirm.unlinkCatalogText,
                      cancelLabel: t.common.cancel,
                    }}
                  >
                    {/* Unlinking is refused while baskets hold its products; an admin may cancel them with it. */}
                    {market.rights.admin && (
                      <FormChoice type="checkbox" name="cancelLines" label={t.refunds.unlinkCancelLines} />
                    )}
                  </ActionForm>
                </li>
              </Card>
            ))}
          </ul>
        )}
        {pending.length > 0 && (
          <>
            <h2 className="mt-4 mb-2 text-lg font-semibold">{c.pending}</h2>
            <ul className="flex flex-col gap-2" data-pending-requests>
              {pending.map((request) => (
                <Card asChild key={request.id}>
                  <li className="block border border-dashed border-earth-600 p-3">
                    <span className="font-semibold">{request.catalog.name}</span> — {request.catalog.producer.name} · n°{" "}
                    {request.catalog.number} ·{" "}
                    <span className="text-muted">
                      {c.pendingSince(formatInZone(request.createdAt, "d MMMM", market.timeZone, locale))}
                    </span>
                  </li>
                </Card>
              ))}
            </ul>
          </>
        )}
      </section>
      <div className="flex flex-col gap-4">
        <Card asChild>
          <section aria-labelledby="link" className="block">
            <h2 id="link" className="text-lg font-semibold">
              {c.linkTitle}
            </h2>
            <p className="mb-2 text-sm text-muted">{c.linkIntro}</p>
            <ActionForm
              action={linkCatalogAction}
              hidden={{ marketId }}
              submitLabel={c.submit}
              pendingLabel={t.common.loading}
            >
              <FormField name="catalog" label={c.field} />
            </ActionForm>
          </section>
        </Card>
        <section aria-labelledby="suggestions" className="flex flex-col gap-2">
          <h2 id="suggestions" className="text-lg font-semibold">
            {t.admin.directory.suggestions}
          </h2>
          <ProducerList producers={suggestions} marketId={marketId} locale={locale} t={t} />
          <Link href={`/admin/${marketId}/producteurs`} className="text-leaf-700 underline">
            {t.admin.directory.link}
          </Link>
        </section>
      </div>
    </div>
  );
}
