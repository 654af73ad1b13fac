import { ManualPayoutTable } from "@/components/statements/manual-payout-table";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { listManualPayouts } from "@/lib/domain/payout/list-manual-payouts";
import { getMessages } from "@/lib/i18n/page";
import { Card } from "@/components/ui/card";

// The platform operator's list of payouts Cabas owes by bank transfer (anyone else: not found).
export default async function ManualPayoutsPage() {
  const actor = await loadPageActor("/operateur/versements");
  const { locale, t } = await getMessages();
  const o = t.statements.operator;
  const payouts = await orNotFound(listManualPayouts({ actor }));
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{o.title}</h1>
      <p className="max-w-3xl text-sm text-muted">{o.intro}</p>
      {payouts.length === 0 ? (
        <Card asChild>
          <p>{o.none}</p>
        </Card>
      ) : (
        <ManualPayoutTable payouts={payouts} now={new Date()} locale={locale} t={t} />
      )}
    </section>
  );
}
