import { Alert } from "@/components/ui/alert";
import Link from "next/link";
import { ActionForm, FormField } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import {
  addProducerUserAction,
  answerLinkRequestAction,
  createCatalogAction,
  removeProducerUserAction,
  renewCatalogShareKeyAction,
} from "@/lib/actions/producer";
import { catalogShortcutPath } from "@/lib/domain/catalog-link/catalog-reference";
import { listLinkRequests } from "@/lib/domain/catalog-link/list-link-requests";
import { formatInZone } from "@/lib/i18n/format";
import { isProducerOwner } from "@/lib/domain/access/actor";
import { listProducerUsers } from "@/lib/domain/producer/producer-users";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { getProducerSpaceOrThrow } from "@/lib/domain/catalog/producer-catalogs";
import { appUrl } from "@/lib/env";
import { getMessages } from "@/lib/i18n/page";

export default async function ProducerSpacePage({
  params,
  searchParams,
}: {
  params: Promise<{ producerId: string }>;
  searchParams: Promise<{ reponse?: string }>;
}) {
  const { producerId } = await params;
  const answered = (await searchParams).reponse;
  const actor = await loadPageActor(`/producteur/${producerId}`);
  const { locale, t } = await getMessages();
  const producer = await orNotFound(getProducerSpaceOrThrow({ actor, producerId }));
  const [team, requests] = await Promise.all([
    listProducerUsers({ actor, producerId }),
    listLinkRequests({ actor, producerId }),
  ]);
  const owner = isProducerOwner(actor, producerId);
  const c = t.producer.catalogs;
  const r = t.producer.linkRequests;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{producer.name}</h1>
      <Link href={`/producteur/${producerId}/profil`} className="self-start text-sm text-leaf-700 underline">
        {t.producer.profile.link}
      </Link>
      <Link href={`/producteur/${producerId}/interoperabilite`} className="self-start text-sm text-leaf-700 underline">
        {t.interop.link}
      </Link>
      {(answered === "acceptee" || answered === "declinee") && (
        <Alert>{answered === "acceptee" ? r.accepted : r.declined}</Alert>
      )}
      {requests.length > 0 && (
        <Card asChild className="gap-2">
          <section id="demandes" aria-labelledby="requests">
            <CardTitle asChild>
              <h2 id="requests">{r.title}</h2>
            </CardTitle>
            <CardDescription>{r.intro}</CardDescription>
            <ul className="flex flex-col gap-3">
              {requests.map((request) => (
                <li
                  key={request.id}
                  className="flex flex-col gap-2 border-t border-earth-100 pt-3"
                  data-link-request={request.market.name}
                >
                  <p className="font-semibold">{r.item(request.market.name, request.catalog.name)}</p>
                  <p className="text-sm text-muted">
                    {request.market.places[0]?.city && `${request.market.places[0].city} · `}
                    {r.by(
                      `${request.requestedBy.firstName} ${request.requestedBy.lastName}`,
                      formatInZone(request.createdAt, "d MMMM", request.market.timeZone, locale),
                    )}{" "}
                    ·{" "}
                    <Link href={`/m/${request.market.slug}`} className="text-leaf-700 underline">
                      {r.see}
                    </Link>
                  </p>
                  <div className="flex flex-wrap gap-2">
                    <ActionForm
                      action={answerLinkRequestAction}
                      hidden={{ producerId, requestId: request.id, answer: "accept" }}
                      submitLabel={r.accept}
                      pendingLabel={t.common.loading}
                    />
                    <ActionForm
                      action={answerLinkRequestAction}
                      hidden={{ producerId, requestId: request.id, answer: "decline" }}
                      submitLabel={r.decline}
                      pendingLabel={t.common.loading}
                      variant="danger"
                    />
                  </div>
                </li>
              ))}
            </ul>
          </section>
        </Card>
      )}
      <section aria-labelledby="catalogs" className="flex flex-col gap-2">
        <h2 id="catalogs" className="text-lg font-semibold">
          {c.title}
        </h2>
        {producer.catalogs.length === 0 && (
          <Card>
            <p>{c.none}</p>
          </Card>
        )}
        {producer.catalogs.map((catalog) => {
          const shortcut = `${appUrl()}${catalogShortcutPath(catalog.number, catalog.shareKey)}`;
          return (
            <Card key={catalog.id} asChild className="gap-2">
              <article data-catalog={catalog.number}>
                <h3 className="font-semibold">{catalog.name}</h3>
                <p className="font-mono text-lg font-bold text-leaf-700">{c.number(catalog.number)}</p>
                <p className="text-sm text-muted">{c.numberHint}</p>
                <p className="text-sm font-medium">{c.shortcut}</p>
                <div className="flex flex-wrap items-center gap-2">
                  <span className="text-sm break-all" data-shortcut>
                    {shortcut}
                  </span>
                  <CopyButton text={shortcut} label={c.copy} copiedLabel={c.copied} />
                </div>
                <p className="text-sm text-muted">{c.shortcutHint}</p>
                <ActionForm
                  action={renewCatalogShareKeyAction}
                  hidden={{ producerId, catalogId: catalog.id }}
                  submitLabel={c.renew}
                  pendingLabel={t.common.loading}
                  variant="secondary"
                  className="flex flex-col items-start gap-1"
                />
                <p className="text-sm text-muted">
                  {catalog.links.length > 0
                    ? c.usedBy(catalog.links.map((l) => l.market.name).join(", "))
                    : c.notLinked}
                </p>
                <Button asChild className="self-start">
                  <Link href={`/producteur/catalogues/${catalog.id}`}>
                    {c.open} ({c.products(catalog._count.products)})
                  </Link>
                </Button>
              </article>
            </Card>
          );
        })}
      </section>
      <Card asChild>
        <section aria-labelledby="team">
          <CardTitle asChild>
            <h2 id="team">{t.producer.team.title}</h2>
          </CardTitle>
          <ul className="flex flex-col gap-2 text-sm">
            {team.map((member) => (
              <li
                key={member.user.email}
                className="flex flex-wrap items-center gap-2"
                data-team-member={member.user.email}
              >
                <span>
                  {member.user.firstName} {member.user.lastName} — {member.user.email}
                  {member.role === "OWNER" && ` (${t.producer.team.owner})`}
                </span>
                {owner && member.role !== "OWNER" && (
                  <ActionForm
                    action={removeProducerUserAction}
                    hidden={{ producerId, userId: member.user.id }}
                    submitLabel={t.producer.team.remove}
                    pendingLabel={t.common.loading}
                    variant="danger"
                    className="flex flex-col gap-1"
                  />
                )}
              </li>
            ))}
          </ul>
          {owner ? (
            <ActionForm
              action={addProducerUserAction}
              hidden={{ producerId }}
              submitLabel={t.producer.team.add}
              pendingLabel={t.common.loading}
              variant="secondary"
              submitClassName="self-start"
            >
              <FormField name="email" type="email" label={t.producer.team.email} />
            </ActionForm>
          ) : (
            <p className="text-sm text-muted">{t.producer.team.ownersOnly}</p>
          )}
        </section>
      </Card>
      <Card asChild>
        <section aria-labelledby="new-catalog">
          <CardTitle asChild>
            <h2 id="new-catalog">{c.create}</h2>
          </CardTitle>
          <ActionForm
            action={createCatalogAction}
            hidden={{ producerId }}
            submitLabel={c.create}
            pendingLabel={t.common.loading}
          >
            <FormField name="name" label={c.name} />
            <FormField name="description" label={c.description} />
          </ActionForm>
        </section>
      </Card>
    </div>
  );
}
