import Link from "next/link";
import { deleteDistributionAction, inviteCatalogsAction } from "@/lib/actions/admin";
import { cancelDistributionAction } from "@/lib/actions/refunds";
import type { getAdminMarketOrThrow } from "@/lib/domain/market-admin/get-admin-market";
import { formatInZone } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { SaleWords } from "../market/sale-words";
import { ActionForm } from "../ui/action-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

type Distribution = Awaited<ReturnType<typeof getAdminMarketOrThrow>>["distributions"][number];

export function DistributionRow({
  d,
  marketId,
  timeZone,
  locale,
  t,
  actions,
}: {
  d: Distribution;
  marketId: string;
  timeZone: string;
  locale: Locale;
  t: Messages;
  // Whether the reader may act on the sale (the admin right): without it, the row only says what it is.
  actions: boolean;
}) {
  const a = t.admin.distributions;
  const r = t.refunds;
  const cancelled = d.state === "CANCELLED";
  const at = (date: Date, pattern: string) => formatInZone(date, pattern, timeZone, locale);
  const accepted = d.participations.filter((p) => p.status === "ACCEPTED").length;
  const base = `/admin/${marketId}/distributions/${d.id}`;
  const hidden = { marketId, distributionId: d.id };
  return (
    <Card asChild>
      <li className="gap-2" data-distribution={d.id}>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <p className="font-semibold first-letter:uppercase">
            {at(d.pickupStartAt, t.market.dateFormat)} · {at(d.pickupStartAt, "HH:mm")}–{at(d.pickupEndAt, "HH:mm")} ·{" "}
            {d.place.name}
          </p>
          <Badge className="font-bold uppercase">{t.market.state[d.state]}</Badge>
        </div>
        <SaleWords name={d.name} note={d.note} />
        <p className="text-sm text-muted">
          {a.orders(d._count.orders)} · {a.catalogs(accepted, d.participations.length)}
        </p>
        {accepted === 0 && (d.state === "NOT_YET_OPEN" || d.state === "OPEN") && (
          <p role="note" className="rounded-md bg-amber-100 px-3 py-2 text-sm text-amber-900">
            {a.noCatalog}
          </p>
        )}
        {actions && (
          <div className="flex flex-wrap items-start gap-2">
            {!d.validatedAt && (d.state === "DISTRIBUTED" || d.state === "CLOSED") && (
              <Button asChild size="sm">
                <Link href={`${base}/validation`}>{d.state === "DISTRIBUTED" ? a.validate : a.seeOrders}</Link>
              </Button>
            )}
            {(d.state === "NOT_YET_OPEN" || d.state === "OPEN") && (
              <ActionForm
                action={inviteCatalogsAction}
                hidden={hidden}
                submitLabel={a.invite}
                pendingLabel={t.common.loading}
                variant="secondary"
                className="flex flex-col gap-1"
              />
            )}
            {!d.validatedAt && !cancelled && (
              <Button asChild variant="outline" size="sm">
                <Link href={`${base}/modifier`}>{a.edit}</Link>
              </Button>
            )}
            <Button asChild variant="outline" size="sm">
              <Link href={`${base}/catalogues`}>{a.participants}</Link>
            </Button>
            {d._count.orders > 0 && (
              <Button asChild variant="outline" size="sm">
                <Link href={`${base}/commandes`}>{t.admin.orders.link}</Link>
              </Button>
            )}
            {!d.validatedAt && !cancelled && (
              <Button asChild variant="outline" size="sm">
                <Link href={`${base}/logistique`}>{t.logistics.admin.link}</Link>
              </Button>
            )}
            {d._count.orders > 0 && !d.validatedAt && !cancelled && (
              <ActionForm
                action={cancelDistributionAction}
                hidden={hidden}
                submitLabel={r.cancelDistribution}
                pendingLabel={t.common.loading}
                variant="danger"
                className="flex flex-col gap-1"
                confirm={{
                  title: r.cancelDistributionTitle,
                  description: r.cancelDistributionText,
                  cancelLabel: r.keepIt,
                }}
                messageAs="toast"
              />
            )}
            {d._count.orders === 0 && !d.validatedAt && !cancelled && (
              <ActionForm
                action={deleteDistributionAction}
                hidden={hidden}
                submitLabel={a.delete}
                pendingLabel={t.common.loading}
                confirm={{
                  title: t.admin.confirm.deleteDistribution,
                  description: t.admin.confirm.deleteDistributionText,
                  cancelLabel: t.common.cancel,
                }}
                // The row goes with the distribution: the message is a toast.
                messageAs="toast"
                variant="danger"
                className="flex flex-col gap-1"
              />
            )}
          </div>
        )}
      </li>
    </Card>
  );
}
