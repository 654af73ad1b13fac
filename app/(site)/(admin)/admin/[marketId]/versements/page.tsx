import { PayoutTable } from "@/components/payout-table";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { listMarketPayouts } from "@/lib/domain/payout/list-payout-statements";
import { getMessages } from "@/lib/i18n/server";

export default async function MarketPayoutsPage({ params }: { params: Promise<{ marketId: string }> }) {
  const { marketId } = await params;
  const actor = await loadPageActor(`/admin/${marketId}/versements`);
  const { locale, t } = await getMessages();
  const rows = await orNotFound(listMarketPayouts({ actor, marketId }));
  return (
    <section className="flex flex-col gap-2">
      <h1 className="text-2xl font-bold">{t.money.payoutsTitle}</h1>
      <PayoutTable rows={rows} csvHref={`/api/statements/market/${marketId}`} locale={locale} t={t} />
    </section>
  );
}
