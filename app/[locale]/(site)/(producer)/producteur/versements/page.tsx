import { FeeInvoiceList } from "@/components/invoices/fee-invoice-list";
import { JournalDownloads } from "@/components/statements/journal-downloads";
import { StatementTable } from "@/components/statements/statement-table";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { startStripeOnboardingAction } from "@/lib/actions/payments";
import { loadProducerSpaceActor } from "@/lib/auth/load-page-actor";
import { isProducerOwner } from "@/lib/domain/access/actor";
import { getProducerSpaceOrThrow } from "@/lib/domain/catalog/producer-catalogs";
import { listProducerFeeInvoices } from "@/lib/domain/invoice/list-fee-invoices";
import { listProducerStatements } from "@/lib/domain/payout/list-payout-statements";
import { statementMonths } from "@/lib/domain/payout/sales-statement";
import { capitalizedFirst, formatDay } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/page";
import { stripeConfigured } from "@/lib/payments/stripe";

export default async function ProducerPayoutsPage() {
  const actor = await loadProducerSpaceActor("/producteur/versements");
  const { locale, t } = await getMessages();
  const v = t.producer.payouts;
  const s = t.statements;
  const d = t.documents;
  const producers = await Promise.all(
    actor.producerIds.map(async (producerId) => ({
      producer: await getProducerSpaceOrThrow({ actor, producerId }),
      rows: await listProducerStatements({ actor, producerId }),
      invoices: await listProducerFeeInvoices({ actor, producerId }),
    })),
  );
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{v.title}</h1>
      <p className="max-w-3xl text-sm text-muted">{s.producerIntro}</p>
      {producers.map(({ producer, rows, invoices }) => (
        <section key={producer.id} aria-labelledby={`producer-${producer.id}`} className="flex flex-col gap-2">
          <h2 id={`producer-${producer.id}`} className="text-lg font-semibold">
            {producer.name}
          </h2>
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
          <div className="flex flex-wrap gap-2">
            <Button asChild variant="outline" size="sm">
              <a href={`/api/statements/producer/${producer.id}`}>{s.downloadStatements}</a>
            </Button>
          </div>
          <JournalDownloads
            href={`/api/statements/producer/${producer.id}/journal`}
            id={`journal-export-${producer.id}`}
            level={3}
            t={t}
          />
          {rows.length > 0 && (
            <nav aria-labelledby={`sales-statements-${producer.id}`} className="flex flex-col gap-1">
              <h3 id={`sales-statements-${producer.id}`} className="font-semibold">
                {d.statement.monthsTitle}
              </h3>
              <ul className="flex flex-wrap gap-2">
                {statementMonths(rows).map((month) => (
                  <li key={month}>
                    <Button asChild variant="outline" size="sm">
                      <a href={`/api/statements/producer/${producer.id}/pdf?mois=${month}`}>
                        {d.statement.downloadMonth(
                          capitalizedFirst(formatDay(`${month}-01`, d.monthFormat, locale), locale),
                        )}
                      </a>
                    </Button>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {rows.length === 0 ? (
            <Card>
              <p>{s.none}</p>
            </Card>
          ) : (
            <StatementTable
              rows={rows}
              title={(r) => (
                <>
                  {r.marketName}
                  <span className="block text-xs font-normal text-muted first-letter:uppercase">
                    {formatDay(r.distributionDay, s.dayFormat, locale)}
                  </span>
                  <a
                    href={`/api/statements/producer/${producer.id}/pdf?distribution=${r.distributionId}`}
                    className="block text-xs font-normal underline"
                  >
                    {d.statement.downloadDistribution}
                    <span className="sr-only">
                      {" "}
                      — {r.marketName}, {formatDay(r.distributionDay, s.dayFormat, locale)}
                    </span>
                  </a>
                </>
              )}
              titleLabel={`${s.columns.market} · ${s.columns.distribution}`}
              locale={locale}
              t={t}
            />
          )}
          <FeeInvoiceList id={`fee-invoices-${producer.id}`} invoices={invoices} party="market" locale={locale} t={t} />
        </section>
      ))}
    </div>
  );
}
