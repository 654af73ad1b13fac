import { MarketMoney } from "@/components/report/market-money";
import { ReportFiltersForm } from "@/components/report/report-filters-form";
import { SalesReport } from "@/components/report/sales-report";
import { loadAdminMarket } from "@/lib/auth/load-admin-market";
import { orNotFound } from "@/lib/auth/load-page-actor";
import { marketMoneyReport } from "@/lib/domain/report/market-money-report";
import { reportChoices } from "@/lib/domain/report/report-choices";
import { reportFilters } from "@/lib/domain/report/report-filters";
import { salesSummary } from "@/lib/domain/report/sales-summary";
import { getMessages } from "@/lib/i18n/page";
import { localDay } from "@/lib/time";

type Search = { du?: string; au?: string; producteur?: string; paiement?: string };

export default async function MarketReportsPage({
  params,
  searchParams,
}: {
  params: Promise<{ marketId: string }>;
  searchParams: Promise<Search>;
}) {
  const { marketId } = await params;
  const { actor, market } = await loadAdminMarket(marketId, `/admin/${marketId}/rapports`);
  const { locale, t } = await getMessages();
  const filters = reportFilters(await searchParams, localDay(new Date(), market.timeZone));
  const scope = { marketId };
  const [summary, money, choices] = await orNotFound(
    Promise.all([
      salesSummary({ actor, scope, filters }),
      marketMoneyReport({ actor, marketId, filters }),
      reportChoices({ actor, scope }),
    ]),
  );
  const r = t.reports;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{r.title}</h1>
      <p className="text-sm text-muted">{r.intro}</p>
      <ReportFiltersForm filters={filters} choices={choices} choiceName="producteur" r={r} />
      <SalesReport
        summary={summary}
        filters={filters}
        downloadHref={`/api/reports/market/${marketId}`}
        r={r}
        locale={locale}
      />
      <MarketMoney money={money} r={r} locale={locale} />
    </div>
  );
}
