import Link from "next/link";
import { BasketCard } from "@/components/admin/basket-card";
import { BasketPayments } from "@/components/admin/basket-payments";
import { CloseDistribution } from "@/components/admin/close-distribution";
import { ListFilters } from "@/components/ui/list-filters";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { getDistributionDay } from "@/lib/domain/distribution-day/get-distribution-day";
import { getDistributionPayments } from "@/lib/domain/payment/get-distribution-payments";
import { formatInZone } from "@/lib/i18n/format";
import { localizedPath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/page";
import { matchesText, parseListQuery, sortRows } from "@/lib/list-query";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

type Params = { marketId: string; distributionId: string };

const SORTS = ["nom", "panier", "creneau"] as const;
const FILTERS = ["a-valider", "valides", "reste-du"] as const;

export default async function DistributionDayPage({
  params,
  searchParams,
}: {
  params: Promise<Params>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { marketId, distributionId } = await params;
  const path = `/admin/${marketId}/distributions/${distributionId}/validation`;
  const actor = await loadPageActor(path);
  const { locale, t } = await getMessages();
  const now = new Date();
  const [day, money] = await orNotFound(
    Promise.all([
      getDistributionDay({ actor, marketId, distributionId, now }),
      getDistributionPayments({ actor, marketId, distributionId }),
    ]),
  );
  const d = t.admin.day;
  const dist = day.distribution;
  const tz = dist.market.timeZone;
  const started = dist.pickupStartAt <= now;
  const unpaid = day.baskets.flatMap((b) => {
    const m = money.baskets.get(b.id)!;
    return !b.validatedAt && m.dueCents > 0
      ? [
          {
            orderId: b.id,
            basketNumber: b.basketNumber,
            name: `${b.user.lastName.toUpperCase()} ${b.user.firstName}`,
            dueCents: m.dueCents,
            balanceCovers: m.balanceCents >= 0 && b.paymentMethod !== "CARD",
          },
        ]
      : [];
  });
  const query = parseListQuery(await searchParams, { columns: SORTS, filters: FILTERS, defaultSort: "nom" });
  const name = (b: (typeof day.baskets)[number]) => `${b.user.lastName.toUpperCase()} ${b.user.firstName}`;
  // Alphabetical by last name as loaded: the default sort keeps that order.
  const baskets = sortRows(
    day.baskets.filter(
      (b) =>
        matchesText(query.text, [name(b), String(b.basketNumber)]) &&
        (query.filter !== "a-valider" || !b.validatedAt) &&
        (query.filter !== "valides" || Boolean(b.validatedAt)) &&
        (query.filter !== "reste-du" || money.baskets.get(b.id)!.dueCents > 0),
    ),
    (b) =>
      query.sort === "panier"
        ? b.basketNumber
        : query.sort === "creneau"
          ? (b.slotStartsAt?.getTime() ?? Number.MAX_SAFE_INTEGER)
          : name(b),
    query.direction,
    locale,
  );
  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{d.title}</h1>
          <p className="first-letter:uppercase">
            {formatInZone(dist.pickupStartAt, t.market.dateFormat, tz, locale)} ·{" "}
            {formatInZone(dist.pickupStartAt, "HH:mm", tz, locale)}–
            {formatInZone(dist.pickupEndAt, "HH:mm", tz, locale)} · {dist.place.name}
          </p>
          <p className="text-sm text-muted">{d.intro}</p>
        </div>
        <div className="flex flex-wrap items-start gap-2">
          {!dist.validatedAt && !dist.cancelledAt && (
            <Button asChild>
              <Link href={localizedPath(locale, `/jour/${distributionId}`)}>{t.day.referents.screen}</Link>
            </Button>
          )}
          <Button asChild variant="outline">
            <Link href={`/admin/${marketId}/distributions/${distributionId}/emargement`}>{d.signInSheet}</Link>
          </Button>
          {dist.cancelledAt ? (
            <p className="rounded-md bg-earth-100 px-3 py-2 font-semibold text-earth-800">
              {t.refunds.cancelledNotice}
            </p>
          ) : dist.validatedAt ? (
            <p className="rounded-md bg-leaf-100 px-3 py-2 font-semibold text-leaf-900">{d.distributionValidated}</p>
          ) : (
            !started && <p className="rounded-md bg-earth-100 px-3 py-2 text-earth-800">{d.notStarted}</p>
          )}
        </div>
      </header>
      {/* A cancelled distribution has nothing left to validate nor any till. */}
      {(started || dist.validatedAt) && !dist.cancelledAt && (
        <CloseDistribution
          marketId={marketId}
          distributionId={distributionId}
          unpaid={unpaid}
          pending={day.baskets.filter((b) => !b.validatedAt).length}
          till={money.till}
          validated={Boolean(dist.validatedAt)}
          locale={locale}
          t={t}
        />
      )}
      {day.baskets.length === 0 ? (
        <Card asChild>
          <p>{d.none}</p>
        </Card>
      ) : (
        <>
          <ListFilters
            id="paniers"
            path={localizedPath(locale, path)}
            text={query.text}
            filter={query.filter}
            filters={[
              ["a-valider", t.admin.lists.baskets.pending],
              ["valides", t.admin.lists.baskets.validated],
              ["reste-du", t.admin.lists.baskets.unpaid],
            ]}
            sort={query.sort}
            sorts={[
              ["nom", t.admin.orders.member],
              ["panier", t.admin.orders.basket],
              ...(dist.slotsEnabled ? [["creneau", t.admin.lists.slot] as [string, string]] : []),
            ]}
            direction={query.direction}
            labels={t.common.list}
          />
          {baskets.length === 0 && (
            <Card asChild>
              <p>{t.common.list.noMatch}</p>
            </Card>
          )}
          <ul className="grid gap-2 lg:grid-cols-2">
            {baskets.map((b) => (
              <li key={b.id}>
                <BasketCard
                  basket={b}
                  marketId={marketId}
                  started={started}
                  timeZone={tz}
                  locale={locale}
                  t={t}
                  payments={
                    <BasketPayments
                      money={money.baskets.get(b.id)!}
                      paymentMethod={b.paymentMethod}
                      marketId={marketId}
                      orderId={b.id}
                      timeZone={tz}
                      locale={locale}
                      t={t}
                    />
                  }
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
