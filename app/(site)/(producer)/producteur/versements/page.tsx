import { PayoutTable } from "@/components/payout-table";
import { ActionForm } from "@/components/ui/action-form";
import { startStripeOnboardingAction } from "@/lib/actions/payments";
import { loadProducerSpaceActor } from "@/lib/auth/load-page-actor";
import { isProducerOwner } from "@/lib/domain/access/actor";
import { getProducerSpaceOrThrow } from "@/lib/domain/catalog/producer-catalogs";
import { listProducerPayouts } from "@/lib/domain/payout/list-payout-statements";
import { getMessages } from "@/lib/i18n/server";
import { stripeConfigured } from "@/lib/payments/stripe";

export default async function ProducerPayoutsPage() {
  const actor = await loadProducerSpaceActor("/producteur/versements");
  const { locale, t } = await getMessages();
  const v = t.producer.payouts;
  const producers = await Promise.all(
    actor.producerIds.map(async (producerId) => ({
      producer: await getProducerSpaceOrThrow({ actor, producerId }),
      rows: await listProducerPayouts({ actor, producerId }),
    })),
  );
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{v.title}</h1>
      {producers.map(({ producer, rows }) => (
        <section key={producer.id} className="flex flex-col gap-2">
          <h2 className="text-lg font-semibold">{producer.name}</h2>
          <p className="text-sm">
            {producer.stripeOnboardedAt ? v.connected : producer.stripeAccountId ? v.pending : v.manual}
          </p>
          {stripeConfigured() && !producer.stripeOnboardedAt && !isProducerOwner(actor, producer.id) && (
            <p className="text-sm text-muted">{v.ownersOnly}</p>
          )}
          {stripeConfigured() && !producer.stripeOnboardedAt && isProducerOwner(actor, producer.id) && (
            <ActionForm
              action={startStripeOnboardingAction}
              hidden={{ producerId: producer.id }}
              submitLabel={v.connect}
              pendingLabel={t.common.loading}
              className="flex flex-col gap-1"
            />
          )}
          <PayoutTable rows={rows} csvHref={`/api/statements/producer/${producer.id}`} locale={locale} t={t} />
        </section>
      ))}
    </div>
  );
}
