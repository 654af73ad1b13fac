import { FeeInvoiceList } from "@/components/invoices/fee-invoice-list";
import { JournalDownloads } from "@/components/statements/journal-downloads";
import { StatementTable } from "@/components/statements/statement-table";
import { Button } from "@/components/ui/button";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { listMarketFeeInvoices } from "@/lib/domain/invoice/list-fee-invoices";
import { listMarketStatements, type StatementRow } from "@/lib/domain/payout/list-payout-statements";
import { formatDay } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/page";
import { localDay } from "@/lib/time";
import { Card } from "@/components/ui/card";

export default async function MarketStatementsPage({ params }: { params: Promise<{ marketId: string }> }) {
  const { marketId } = await params;
  const actor = await loadPageActor(`/admin/${marketId}/versements`);
  const { locale, t } = await getMessages();
  const s = t.statements;
  const rows = await orNotFound(listMarketStatements({ actor, marketId }));
  const distributions = byDistribution(rows);
  const invoices = await listMarketFeeInvoices({ actor, marketId });
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{s.title}</h1>
      <p className="max-w-3xl text-sm text-muted">{s.intro}</p>
      <div className="flex flex-wrap gap-2">
        <Button asChild variant="outline" size="sm">
          <a href={`/api/statements/market/${marketId}`}>{s.downloadStatements}</a>
        </Button>
      </div>
      <JournalDownloads href={`/api/statements/market/${marketId}/journal`} id="journal-export" t={t} />
      {distributions.length === 0 && (
        <Card asChild>
          <p>{s.none}</p>
        </Card>
      )}
      {distributions.map((group) => (
        <section
          key={group[0].distributionId}
          aria-labelledby={`statement-${group[0].distributionId}`}
          className="flex flex-col gap-2"
          data-statements={group[0].distributionId}
        >
          <h2 id={`statement-${group[0].distributionId}`} className="text-lg font-semibold first-letter:uppercase">
            {s.distribution(formatDay(group[0].distributionDay, s.dayFormat, locale))}
          </h2>
          <StatementTable
            rows={group}
            title={(r) => r.producerName}
            titleLabel={s.columns.producer}
            settle={{ today: localDay(new Date(), group[0].timeZone) }}
            locale={locale}
            t={t}
          />
        </section>
      ))}
      <FeeInvoiceList
        id="fee-invoices"
        invoices={invoices}
        party="producer"
        cancel={{ marketId }}
        locale={locale}
        t={t}
      />
    </section>
  );
}

// Rows come newest distribution first: each distribution's rows are next to each other.
function byDistribution(rows: StatementRow[]): StatementRow[][] {
  const groups: StatementRow[][] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last && last[0].distributionId === row.distributionId) last.push(row);
    else groups.push([row]);
  }
  return groups;
}
