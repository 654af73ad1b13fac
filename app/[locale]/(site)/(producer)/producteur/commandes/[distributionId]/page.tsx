import { VatBreakdownTable } from "@/components/money/vat-breakdown-table";
import { PrintButton } from "@/components/ui/print-button";
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
      <div className="no-print flex gap-2">
        <PrintButton label={o.print} />
        <a
          href={`/api/exports/producer-orders/${producerId}/${distributionId}`}
          className="rounded-md border border-stone-400 bg-white px-4 py-2 font-semibold"
        >
          CSV
        </a>
        {d.validatedAt && orders.totalCents > 0 && (
          <a
            href={`/api/statements/producer/${producerId}/pdf?distribution=${distributionId}`}
            className="rounded-md border border-stone-400 bg-white px-4 py-2 font-semibold"
          >
            {t.documents.statement.downloadDistribution}
          </a>
        )}
      </div>
      {orders.byProduct.length === 0 ? (
        <p className="rounded-lg bg-white p-4">{o.none}</p>
      ) : (
        <>
          <section aria-labelledby="by-product">
            <h2 id="by-product" className="mb-1 text-lg font-semibold">
              {o.byProduct}
            </h2>
            <table className="w-full rounded-lg bg-white text-sm">
              <thead>
                <tr className="border-b border-earth-100 text-left">
                  <th className="p-2">{o.product}</th>
                  <th className="p-2">{o.quantity}</th>
                  <th className="p-2 text-right">{o.amount}</th>
                </tr>
              </thead>
              <tbody>
                {orders.byProduct.map((p) => (
                  <tr key={p.name} className="border-b border-earth-100" data-product-total={p.name}>
                    <td className="p-2">{p.name}</td>
                    <td className="p-2">
                      {formatDecimal(p.quantity, locale)} {p.unit === "PIECE" ? "" : t.producer.product.units[p.unit]}
                    </td>
                    <td className="p-2 text-right">{formatMoney(p.totalCents, locale)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th className="p-2 text-left" colSpan={2}>
                    {o.total}
                  </th>
                  <td className="p-2 text-right font-bold">{formatMoney(orders.totalCents, locale)}</td>
                </tr>
              </tfoot>
            </table>
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
                <li key={b.basketNumber} className="rounded-lg bg-white p-2 text-sm" data-basket={b.basketNumber}>
                  <span className="font-bold">n° {b.basketNumber}</span> {b.name} —{" "}
                  {b.items.map((i) => `${formatDecimal(i.quantity, locale)} × ${i.name}`).join(", ")} ·{" "}
                  {formatMoney(b.totalCents, locale)}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
