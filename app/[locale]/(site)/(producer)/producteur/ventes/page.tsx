import Link from "next/link";
import { SaleWords } from "@/components/market/sale-words";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { respondToParticipationAction } from "@/lib/actions/producer";
import { loadProducerSpaceActor } from "@/lib/auth/load-page-actor";
import { listProducerSales } from "@/lib/domain/participation/producer-sales";
import { formatInZone } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/page";

export default async function ProducerSalesPage() {
  const actor = await loadProducerSpaceActor("/producteur/ventes");
  const { locale, t } = await getMessages();
  const now = new Date();
  const sales = (
    await Promise.all(
      actor.producerIds.map(async (producerId) => ({
        producerId,
        sales: await listProducerSales({ actor, producerId, now }),
      })),
    )
  ).flatMap((p) => p.sales.map((s) => ({ ...s, producerId: p.producerId })));
  const s = t.producer.sales;
  return (
    <div className="flex flex-col gap-3">
      <h1 className="text-2xl font-bold">{s.title}</h1>
      <p className="text-sm text-muted">{s.intro}</p>
      {sales.length === 0 && (
        <Card>
          <p>{s.none}</p>
        </Card>
      )}
      <ul className="flex flex-col gap-3">
        {sales.map((d) => (
          <Card key={`${d.producerId}-${d.id}`} asChild className="gap-2">
            <li data-sale={d.id}>
              <p className="font-semibold first-letter:uppercase">
                {formatInZone(d.pickupStartAt, t.market.dateFormat, d.market.timeZone, locale)} ·{" "}
                {formatInZone(d.pickupStartAt, "HH:mm", d.market.timeZone, locale)}
              </p>
              <p className="text-sm">
                {d.market.name} — {d.place.name}, {d.place.city} · {t.market.state[d.state]}
              </p>
              <SaleWords name={d.name} note={d.note} />
              {d.catalogs.map((c) => (
                <div key={c.id} className="flex flex-wrap items-center gap-2 border-t border-earth-100 pt-2">
                  <span className="grow text-sm">
                    {c.name} : <span className="font-semibold">{c.status ? s.status[c.status] : s.notAsked}</span>
                    <span className="block text-xs text-muted">{s.willShow(c.products.length)}</span>
                  </span>
                  {c.status !== "ACCEPTED" && (
                    <ActionForm
                      action={respondToParticipationAction}
                      hidden={{ catalogId: c.id, distributionId: d.id, answer: "accept" }}
                      // The button goes once answered: the message is a toast.
                      messageAs="toast"
                      submitLabel={s.accept}
                      pendingLabel={t.common.loading}
                      className="flex flex-col gap-1"
                    />
                  )}
                  {c.status !== "DECLINED" && (
                    <ActionForm
                      action={respondToParticipationAction}
                      hidden={{ catalogId: c.id, distributionId: d.id, answer: "decline" }}
                      // The button goes once answered: the message is a toast.
                      messageAs="toast"
                      submitLabel={s.decline}
                      pendingLabel={t.common.loading}
                      variant="danger"
                      className="flex flex-col gap-1"
                    />
                  )}
                </div>
              ))}
              <Link
                href={`/producteur/commandes/${d.id}?producteur=${d.producerId}`}
                className="self-start text-sm font-semibold text-leaf-700 underline"
              >
                {s.orders}
              </Link>
            </li>
          </Card>
        ))}
      </ul>
    </div>
  );
}
