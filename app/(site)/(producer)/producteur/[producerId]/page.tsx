import Link from "next/link";
import { ActionForm, FormField } from "@/components/ui/action-form";
import { CopyButton } from "@/components/ui/copy-button";
import { addProducerUserAction, createCatalogAction, removeProducerUserAction } from "@/lib/actions/producer";
import { isProducerOwner } from "@/lib/domain/access/actor";
import { listProducerUsers } from "@/lib/domain/producer/producer-users";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { getProducerSpaceOrThrow } from "@/lib/domain/catalog/producer-catalogs";
import { appUrl } from "@/lib/env";
import { getMessages } from "@/lib/i18n/server";

export default async function ProducerSpacePage({ params }: { params: Promise<{ producerId: string }> }) {
  const { producerId } = await params;
  const actor = await loadPageActor(`/producteur/${producerId}`);
  const { t } = await getMessages();
  const producer = await orNotFound(getProducerSpaceOrThrow({ actor, producerId }));
  const team = await listProducerUsers({ actor, producerId });
  const owner = isProducerOwner(actor, producerId);
  const c = t.producer.catalogs;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{producer.name}</h1>
      <Link href={`/producteur/${producerId}/profil`} className="self-start text-sm text-leaf-700 underline">
        {t.producer.profile.link}
      </Link>
      <section aria-labelledby="catalogs" className="flex flex-col gap-2">
        <h2 id="catalogs" className="text-lg font-semibold">
          {c.title}
        </h2>
        {producer.catalogs.length === 0 && <p className="rounded-lg bg-white p-4">{c.none}</p>}
        {producer.catalogs.map((catalog) => {
          const link = `${appUrl()}/catalogues/${catalog.number}`;
          return (
            <article
              key={catalog.id}
              className="flex flex-col gap-2 rounded-xl bg-white p-4 shadow-sm"
              data-catalog={catalog.number}
            >
              <h3 className="font-semibold">{catalog.name}</h3>
              <p className="font-mono text-lg font-bold text-leaf-700">{c.number(catalog.number)}</p>
              <div className="flex flex-wrap items-center gap-2">
                <span className="text-sm break-all">{link}</span>
                <CopyButton text={link} label={c.copy} copiedLabel={c.copied} />
              </div>
              <p className="text-sm text-muted">
                {catalog.links.length > 0 ? c.usedBy(catalog.links.map((l) => l.market.name).join(", ")) : c.notLinked}
              </p>
              <Link
                href={`/producteur/catalogues/${catalog.id}`}
                className="self-start rounded-md bg-leaf-600 px-4 py-2 font-semibold text-white"
              >
                {c.open} ({c.products(catalog._count.products)})
              </Link>
            </article>
          );
        })}
      </section>
      <section aria-labelledby="team" className="rounded-xl bg-white p-4 shadow-sm">
        <h2 id="team" className="mb-2 text-lg font-semibold">
          {t.producer.team.title}
        </h2>
        <ul className="mb-2 flex flex-col gap-2 text-sm">
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
      <section aria-labelledby="new-catalog" className="rounded-xl bg-white p-4 shadow-sm">
        <h2 id="new-catalog" className="mb-2 text-lg font-semibold">
          {c.create}
        </h2>
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
    </div>
  );
}
