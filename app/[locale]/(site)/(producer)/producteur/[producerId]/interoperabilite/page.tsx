import Link from "next/link";
import { ApiTokenForm } from "@/components/interop/api-token-form";
import { DfcImportForm } from "@/components/interop/dfc-import-form";
import { ActionForm } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import {
  createApiTokenAction,
  importDfcCatalogAction,
  revokeApiTokenAction,
  setCatalogDfcPublicAction,
} from "@/lib/actions/interop";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { getProducerSpaceOrThrow } from "@/lib/domain/catalog/producer-catalogs";
import { listApiTokens } from "@/lib/domain/dfc/api-tokens";
import { appUrl } from "@/lib/env";
import { formatInZone } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/page";
import { DEFAULT_TIME_ZONE } from "@/lib/time";

// « Interopérabilité »: the producer's DFC export (addresses, public or keys only), its API keys, and the DFC import.
export default async function InteroperabilityPage({ params }: { params: Promise<{ producerId: string }> }) {
  const { producerId } = await params;
  const actor = await loadPageActor(`/producteur/${producerId}/interoperabilite`);
  const { locale, t } = await getMessages();
  const producer = await orNotFound(getProducerSpaceOrThrow({ actor, producerId }));
  const tokens = await listApiTokens({ actor, producerId });
  const i = t.interop;
  const exportUrl = `${appUrl()}/api/dfc/enterprises/${producerId}/catalog_items`;
  const day = (date: Date) => formatInZone(date, "d MMMM yyyy", DEFAULT_TIME_ZONE, locale);
  const address = (url: string) => (
    <div className="flex flex-wrap items-center gap-2">
      <code className="text-sm break-all" data-dfc-url>
        {url}
      </code>
      <CopyButton text={url} label={i.copy} copiedLabel={i.copied} />
    </div>
  );
  return (
    <div className="flex flex-col gap-4">
      <header>
        <Link href={`/producteur/${producerId}`} className="text-sm text-leaf-700 underline">
          {producer.name}
        </Link>
        <h1 className="text-2xl font-bold">{i.title}</h1>
        <p className="text-sm text-muted">{i.intro}</p>
      </header>
      <Card asChild>
        <section aria-labelledby="dfc-export">
          <CardTitle asChild>
            <h2 id="dfc-export">{i.exportTitle}</h2>
          </CardTitle>
          <p className="text-sm text-muted">{i.exportIntro}</p>
          <p className="text-sm font-medium">{i.allCatalogs}</p>
          {address(exportUrl)}
          <ul className="flex flex-col gap-3">
            {producer.catalogs.map((catalog) => (
              <li
                key={catalog.id}
                className="flex flex-col gap-2 border-t border-earth-100 pt-3"
                data-dfc-catalog={catalog.name}
              >
                <p className="flex flex-wrap items-center gap-2 font-semibold">
                  {catalog.name}
                  <Badge>{catalog.dfcPublic ? i.isPublic : i.isPrivate}</Badge>
                </p>
                {address(`${exportUrl}?catalog=${catalog.id}`)}
                <ActionForm
                  action={setCatalogDfcPublicAction}
                  hidden={{ producerId, catalogId: catalog.id, dfcPublic: catalog.dfcPublic ? "0" : "1" }}
                  submitLabel={catalog.dfcPublic ? i.makePrivate : i.makePublic}
                  pendingLabel={t.common.loading}
                  variant="secondary"
                  className="flex flex-col items-start gap-1"
                />
              </li>
            ))}
          </ul>
        </section>
      </Card>
      <Card asChild>
        <section aria-labelledby="api-tokens">
          <CardTitle asChild>
            <h2 id="api-tokens">{i.tokensTitle}</h2>
          </CardTitle>
          <p className="text-sm text-muted">{i.tokensIntro}</p>
          {tokens.length === 0 && <p className="text-sm">{i.noTokens}</p>}
          <ul className="flex flex-col gap-2">
            {tokens.map((token) => (
              <li key={token.id} className="flex flex-wrap items-center gap-2 text-sm" data-api-token-name={token.name}>
                <span>{i.tokenUsed(token.name, day(token.createdAt), token.lastUsedAt && day(token.lastUsedAt))}</span>
                <ActionForm
                  action={revokeApiTokenAction}
                  hidden={{ producerId, tokenId: token.id }}
                  submitLabel={i.revoke}
                  pendingLabel={t.common.loading}
                  variant="danger"
                  className="flex flex-col gap-1"
                  confirm={{
                    title: i.revokeTitle(token.name),
                    description: i.revokeText,
                    cancelLabel: t.common.cancel,
                  }}
                  messageAs="toast"
                />
              </li>
            ))}
          </ul>
          <ApiTokenForm
            action={createApiTokenAction}
            producerId={producerId}
            labels={{
              name: i.tokenName,
              create: i.createToken,
              pending: t.common.loading,
              copy: i.copy,
              copied: i.copied,
            }}
          />
        </section>
      </Card>
      {producer.catalogs.length > 0 && (
        <Card asChild>
          <section aria-labelledby="dfc-import">
            <CardTitle asChild>
              <h2 id="dfc-import">{i.importTitle}</h2>
            </CardTitle>
            <p className="text-sm text-muted">{i.importIntro}</p>
            <DfcImportForm
              action={importDfcCatalogAction}
              catalogs={producer.catalogs.map((c) => ({ id: c.id, name: c.name }))}
              labels={{
                catalog: i.importCatalog,
                file: i.importFile,
                url: i.importUrl,
                fileTooLarge: i.fileTooLarge,
                preview: i.preview,
                apply: i.apply,
                pending: t.common.loading,
                actions: { create: i.toCreate, update: i.toUpdate, refuse: i.refused },
              }}
            />
          </section>
        </Card>
      )}
    </div>
  );
}
