import { VatBreakdownTable } from "@/components/money/vat-breakdown-table";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PrintButton } from "@/components/ui/print-button";
import { Table, TableBody, TableCell, TableFooter, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { getProducerOrders } from "@/lib/domain/participation/producer-orders";
import { formatDecimal, formatInZone } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/page";
import { formatMoney } from "@/lib/money";

export default async function ProducerOrdersPage({
  params,
  searchParams,
}: {
  params: Promise<{ distributionId: string }>;
  searchParams: Promise<{ producteur?: string }>;
}) {
  const { distributionId } = await params;
  const actor = await loadPageActor(`/producteur/commandes/${distributionId}`);
  const producerId = (await searchParams).producteur ?? actor.producerIds[0] ?? "";
  const { locale, t } = await getMessages();
  const orders = await orNotFound(getProducerOrders({ actor, producerId, distributionId, now: new Date() }));
  const o = t.producer.orders;
  const d = orders.distribution;
  const open = d.state === "OPEN" || d.state === "NOT_YET_OPEN";
  return (
    <div className="flex flex-col gap-4">
      <header>
        <h1 className="text-2xl font-bold">{o.title}</h1>
        <p className="first-letter:uppercase">
          {formatInZone(d.pickupStartAt, t.market.dateFormat, d.market.timeZone, locale)} · {d.market.name} —{" "}
          {d.place.name}
        </p>
        <p className="text-sm font-semibold">{open ? o.live : o.final}</p>
      </header>
      <div className="no-print flex flex-wrap gap-2">
        <PrintButton label={o.print} />
        <Button asChild variant="outline">
          <a href={`/api/exports/producer-orders/${producerId}/${distributionId}`}>CSV</a>
        </Button>
        {d.validatedAt && orders.totalCents > 0 && (
          <Button asChild variant="outline">
            <a href={`/api/statements/producer/${producerId}/pdf?distribution=${distributionId}`}>
              {t.documents.statement.downloadDistribution}
            </a>
          </Button>
        )}
      </div>
      {orders.byProduct.length === 0 ? (
        <Card>
          <p>{o.none}</p>
        </Card>
      ) : (
        <>
          <section aria-labelledby="by-product">
            <h2 id="by-product" className="mb-1 text-lg font-semibold">
              {o.byProduct}
            </h2>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>{o.product}</TableHead>
                  <TableHead>{o.quantity}</TableHead>
                  <TableHead className="text-right">{o.amount}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {orders.byProduct.map((p) => (
                  <TableRow key={p.name} data-product-total={p.name}>
                    <TableCell className="font-semibold sm:font-normal">{p.name}</TableCell>
                    <TableCell label={o.quantity}>
                      {formatDecimal(p.quantity, locale)} {p.unit === "PIECE" ? "" : t.producer.product.units[p.unit]}
                    </TableCell>
                    <TableCell label={o.amount} className="text-right">
                      {formatMoney(p.totalCents, locale)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
              <TableFooter>
                <TableRow className="max-sm:flex-row max-sm:justify-between">
                  <TableHead colSpan={2} className="max-sm:p-0">
                    {o.total}
                  </TableHead>
                  <TableCell className="text-right font-bold">{formatMoney(orders.totalCents, locale)}</TableCell>
                </TableRow>
              </TableFooter>
            </Table>
            <VatBreakdownTable
              breakdown={orders.vat}
              caption={t.money.vat.producerCaption}
              locale={locale}
              t={t}
              className="mt-2"
            />
          </section>
          <section aria-labelledby="by-basket">
            <h2 id="by-basket" className="mb-1 text-lg font-semibold">
              {o.byBasket}
            </h2>
            <ul className="flex flex-col gap-1">
              {orders.byBasket.map((b) => (
                <Card key={b.basketNumber} asChild className="block p-2 text-sm">
                  <li data-basket={b.basketNumber}>
                    <span className="font-bold">n° {b.basketNumber}</span> {b.name} —{" "}
                    {b.items.map((i) => `${formatDecimal(i.quantity, locale)} × ${i.name}`).join(", ")} ·{" "}
                    {formatMoney(b.totalCents, locale)}
                  </li>
                </Card>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
