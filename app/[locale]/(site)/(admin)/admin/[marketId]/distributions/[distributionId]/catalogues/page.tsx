import { ActionForm } from "@/components/ui/action-form";
import { cancelParticipationAction, inviteCatalogAction, inviteCatalogsAction } from "@/lib/actions/admin";
import { loadAdminMarket } from "@/lib/auth/load-admin-market";
import { orNotFound } from "@/lib/auth/load-page-actor";
import { getParticipatingCatalogs } from "@/lib/domain/distribution-plan/get-participating-catalogs";
import { priceLabel } from "@/lib/domain/product/unit-price";
import { formatInZone } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/page";
import { Card } from "@/components/ui/card";

type Params = { marketId: string; distributionId: string };

const BADGE: Record<string, string> = {
  NOT_INVITED: "bg-stone-200 text-stone-800",
  INVITED: "bg-amber-100 text-amber-900",
  ACCEPTED: "bg-leaf-100 text-leaf-900",
  DECLINED: "bg-red-50 text-red-900",
};

// « Catalogues participants »: which catalogs of the market take part in one sale, inviting or cancelling each.
export default async function ParticipatingCatalogsPage({ params }: { params: Promise<Params> }) {
  const { marketId, distributionId } = await params;
  const { actor, market } = await loadAdminMarket(
    marketId,
    `/admin/${marketId}/distributions/${distributionId}/catalogues`,
  );
  const { locale, t } = await getMessages();
  const { distribution: d, catalogs } = await orNotFound(
    getParticipatingCatalogs({ actor, marketId, distributionId, now: new Date() }),
  );
  const p = t.admin.participants;
  const at = (date: Date, pattern: string) => formatInZone(date, pattern, market.timeZone, locale);
  const hidden = { marketId, distributionId };
  const notInvited = catalogs.filter((c) => c.linked && c.state === "NOT_INVITED").length;
  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-bold">{p.title}</h1>
          <p className="first-letter:uppercase">
            {p.sale(at(d.pickupStartAt, t.market.dateFormat), d.place.name)} · {t.market.state[d.state]}
          </p>
          <p className="text-sm text-muted">
            {p.orders(at(d.ordersOpenAt, t.market.dateTimeFormat), at(d.ordersCloseAt, t.market.dateTimeFormat))}
          </p>
        </div>
        {d.canChange && notInvited > 0 && (
          <ActionForm
            action={inviteCatalogsAction}
            hidden={hidden}
            submitLabel={p.inviteAll}
            pendingLabel={t.common.loading}
            variant="secondary"
            className="flex flex-col gap-1"
            confirm={{
              title: t.admin.confirm.inviteAll(notInvited),
              description: t.admin.confirm.inviteAllText,
              cancelLabel: t.common.cancel,
              tone: "primary",
            }}
            // The button goes once every catalog is invited.
            messageAs="toast"
          />
        )}
      </header>
      {d.withoutCatalog && (
        <p role="note" className="rounded-md bg-amber-100 px-3 py-2 text-sm text-amber-900">
          {p.withoutCatalog}
        </p>
      )}
      {!d.canChange && (
        <Card asChild>
          <p>{p.closed}</p>
        </Card>
      )}
      {catalogs.length === 0 ? (
        <Card asChild>
          <p>{p.none}</p>
        </Card>
      ) : (
        <ul className="flex flex-col gap-3">
          {catalogs.map((c) => (
            <Card asChild key={c.id}>
              <li data-catalog={c.name} className="gap-2">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 className="font-semibold">
                    {c.name} <span className="font-normal text-muted">— {c.producerName}</span>
                  </h2>
                  <span
                    className={`rounded px-2 py-0.5 text-xs font-bold uppercase ${BADGE[c.state]}`}
                    data-participation={c.state}
                  >
                    {p.states[c.state]}
                  </span>
                </div>
                {(c.invitedAt || c.respondedAt || !c.linked) && (
                  <p className="text-sm text-muted">
                    {[
                      c.invitedAt && p.invitedOn(at(c.invitedAt, t.market.dateTimeFormat)),
                      c.respondedAt && p.answeredOn(at(c.respondedAt, t.market.dateTimeFormat)),
                      !c.linked && p.unlinked,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                )}
                <details>
                  <summary className="cursor-pointer text-sm font-semibold text-leaf-700">
                    {p.products(c.products.length)}
                  </summary>
                  <ul className="mt-1 grid gap-x-4 text-sm sm:grid-cols-2">
                    {c.products.map((product) => {
                      const label = priceLabel(product, locale, t.shop.piece);
                      return (
                        <li key={product.id} className="flex justify-between gap-2 border-t border-earth-100 py-1">
                          <span>
                            {product.name} <span className="text-muted">· {label.quantity}</span>
                          </span>
                          <span className="font-medium">{label.price}</span>
                        </li>
                      );
                    })}
                  </ul>
                </details>
                {d.canChange && (
                  <div className="flex flex-wrap gap-2">
                    {c.linked && (c.state === "NOT_INVITED" || c.state === "DECLINED") && (
                      <ActionForm
                        action={inviteCatalogAction}
                        hidden={{ ...hidden, catalogId: c.id }}
                        submitLabel={c.state === "DECLINED" ? p.inviteAgain(c.name) : p.invite(c.name)}
                        pendingLabel={t.common.loading}
                        className="flex flex-col gap-1"
                        messageAs="toast"
                      />
                    )}
                    {(c.state === "INVITED" || c.state === "ACCEPTED") && (
                      <ActionForm
                        action={cancelParticipationAction}
                        hidden={{ ...hidden, catalogId: c.id }}
                        submitLabel={p.cancel(c.name)}
                        pendingLabel={t.common.loading}
                        variant="danger"
                        className="flex flex-col gap-1"
                        confirm={{ title: p.cancelTitle, description: p.cancelText, cancelLabel: p.keep }}
                        messageAs="toast"
                      />
                    )}
                  </div>
                )}
              </li>
            </Card>
          ))}
        </ul>
      )}
    </div>
  );
}
