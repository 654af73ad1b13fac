import Link from "next/link";
import { ReportFiltersForm } from "@/components/report/report-filters-form";
import { SalesReport } from "@/components/report/sales-report";
import { Button } from "@/components/ui/button";
import { loadProducerSpaceActor, orNotFound } from "@/lib/auth/load-page-actor";
import { getProducerNameOrThrow } from "@/lib/domain/producer/get-producer-name";
import { reportChoices } from "@/lib/domain/report/report-choices";
import { reportFilters } from "@/lib/domain/report/report-filters";
import { salesSummary } from "@/lib/domain/report/sales-summary";
import { getMessages } from "@/lib/i18n/page";
import { DEFAULT_TIME_ZONE, localDay } from "@/lib/time";

type Search = { ferme?: string; du?: string; au?: string; marche?: string; paiement?: string };

// A producer's sales in every market it sells in; someone on several producers' teams picks one (« ferme »).
export default async function ProducerReportsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await loadProducerSpaceActor("/producteur/rapports");
  const { locale, t } = await getMessages();
  const query = await searchParams;
  const producerId = actor.producerIds.find((id) => id === query.ferme) ?? actor.producerIds[0];
  const filters = reportFilters(query, localDay(new Date(), DEFAULT_TIME_ZONE));
  const scope = { producerId };
  const [summary, choices, teams] = await orNotFound(
    Promise.all([
      salesSummary({ actor, scope, filters }),
      reportChoices({ actor, scope }),
      Promise.all(actor.producerIds.map((id) => getProducerNameOrThrow(id))),
    ]),
  );
  const r = t.reports;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{r.title}</h1>
      {teams.length > 1 && (
        <nav aria-label={r.producer} className="flex flex-wrap gap-2 text-sm">
          {teams.map((p) => (
            <Button key={p.id} asChild variant="outline" size="sm">
              <Link href={`/producteur/rapports?ferme=${p.id}`} aria-current={p.id === producerId ? "page" : undefined}>
                {p.name}
              </Link>
            </Button>
          ))}
        </nav>
      )}
      <p className="text-sm text-muted">{r.intro}</p>
      <ReportFiltersForm filters={filters} choices={choices} choiceName="marche" hidden={{ ferme: producerId }} r={r} />
      <SalesReport
        summary={summary}
        filters={filters}
        downloadHref={`/api/reports/producer/${producerId}`}
        r={r}
        locale={locale}
      />
    </div>
  );
}
