import Link from "next/link";
import { BasketPayments } from "@/components/admin/basket-payments";
import { TillTotals } from "@/components/admin/till-totals";
import { VatBreakdownTable } from "@/components/money/vat-breakdown-table";
import { ActionForm } from "@/components/ui/action-form";
import { ListFilters } from "@/components/ui/list-filters";
import { SortableHead } from "@/components/ui/sortable-head";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { withdrawCatalogFromSaleAction } from "@/lib/actions/refunds";
import { loadPageActor, orNotFound } from "@/lib/auth/load-page-actor";
import { getDistributionDay } from "@/lib/domain/distribution-day/get-distribution-day";
import { summarizeOrders } from "@/lib/domain/distribution-day/summarize-orders";
import { getDistributionPayments } from "@/lib/domain/payment/get-distribution-payments";
import { formatDecimal, formatInZone } from "@/lib/i18n/format";
import { localizedPath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/page";
import { matchesText, parseListQuery, sortLink, sortRows } from "@/lib/list-query";
import { formatMoney } from "@/lib/money";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

type Params = { marketId: string; distributionId: string };

const SORTS = ["panier", "membre", "total", "paye"] as const;
const FILTERS = ["reste-du", "payes"] as const;

export default async function DistributionOrdersPage({
  params,
  searchParams,
}: {
  params: Promise<Params>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { marketId, distributionId } = await params;
  const path = `/admin/${marketId}/distributions/${distributionId}/commandes`;
  const actor = await loadPageActor(path);
  const { locale, t } = await getMessages();
  const now = new Date();
  const [day, payments] = await orNotFound(
    Promise.all([
      getDistributionDay({ actor, marketId, distributionId, now }),
      getDistributionPayments({ actor, marketId, distributionId }),
    ]),
  );
  const summary = summarizeOrders(day.baskets);
  const o = t.admin.orders;
  const d = day.distribution;
  const money = (cents: number) => formatMoney(cents, locale);
  const r = t.refunds;
  // A catalog can be withdrawn from a sale whose baskets are not delivered yet.
  const query = parseListQuery(await searchParams, { columns: SORTS, filters: FILTERS, defaultSort: "panier" });
  const name = (b: (typeof day.baskets)[number]) => `${b.user.lastName.toUpperCase()} ${b.user.firstName}`;
  const baskets = sortRows(
    day.baskets.filter((b) => {
      const due = payments.baskets.get(b.id)!.dueCents;
      return (
        matchesText(query.text, [name(b), String(b.basketNumber)]) &&
        (query.filter !== "reste-du" || due > 0) &&
        (query.filter !== "payes" || due <= 0)
      );
    }),
    (b) =>
      query.sort === "membre"
        ? name(b)
        : query.sort === "total"
          ? b.totalCents
          : query.sort === "paye"
            ? b.paidCents - b.refundedCents
            : b.basketNumber,
    query.direction,
    locale,
  );
  const listPath = localizedPath(locale, path);
  const head = (column: (typeof SORTS)[number]) => sortLink(listPath, query, column, "panier");
  const live = d.state !== "VALIDATED" && d.state !== "CANCELLED" && d.pickupEndAt > now;
  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-bold">{o.title}</h1>
          <p className="first-letter:uppercase">
            {formatInZone(d.pickupStartAt, t.market.dateFormat, d.market.timeZone, locale)} · {d.place.name} ·{" "}
            {t.market.state[d.state]} · {money(summary.totalCents)}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button asChild variant="outline">
            <Link href={`/admin/${marketId}/membres#virement`}>{t.payments.search.title}</Link>
          </Button>
          <Button asChild variant="outline">
            <a href={`/api/exports/orders/${marketId}/${distributionId}`}>{o.csv}</a>
          </Button>
        </div>
      </header>
      {live && d.participations.length > 0 && (
        <section aria-labelledby="sale-catalogs" className="flex flex-col gap-2">
          <h2 id="sale-catalogs" className="text-lg font-semibold">
            {r.saleCatalogs}
          </h2>
          <ul className="flex flex-col gap-2">
            {d.participations.map(({ catalog }) => (
              <Card asChild key={catalog.id}>
                <li className="flex-row flex-wrap items-center justify-between gap-2 p-3">
                  <span>
                    <span className="font-semibold">{catalog.name}</span> — {catalog.producer.name}
                  </span>
                  <ActionForm
                    action={withdrawCatalogFromSaleAction}
                    hidden={{ marketId, distributionId, catalogId: catalog.id }}
                    submitLabel={r.withdrawCatalog(catalog.name)}
                    pendingLabel={t.common.loading}
                    variant="danger"
                    className="flex flex-col gap-1"
                    confirm={{
                      title: r.withdrawCatalogTitle,
                      description: r.withdrawCatalogText,
                      cancelLabel: r.keepIt,
                    }}
                    messageAs="toast"
                  />
                </li>
              </Card>
            ))}
          </ul>
        </section>
      )}
      {day.baskets.length === 0 ? (
        <Card asChild>
          <p>{o.none}</p>
        </Card>
      ) : (
        <div className="grid gap-4 xl:grid-cols-2">
          <section aria-labelledby="by-basket" className="xl:col-span-2">
            <h2 id="by-basket" className="mb-1 text-lg font-semibold">
              {o.byBasket}
            </h2>
            <div className="flex flex-col gap-3">
              <ListFilters
                id="paniers"
                path={listPath}
                text={query.text}
                filter={query.filter}
                filters={[
                  ["reste-du", t.admin.lists.baskets.unpaid],
                  ["payes", t.admin.lists.baskets.paid],
                ]}
                sort={query.sort}
                sorts={[
                  ["panier", o.basket],
                  ["membre", o.member],
                  ["total", o.total],
                  ["paye", o.paid],
                ]}
                direction={query.direction}
                labels={t.common.list}
              />
              {baskets.length === 0 && (
                <Card asChild>
                  <p>{t.common.list.noMatch}</p>
                </Card>
              )}
              <Table>
                <TableHeader>
                  <TableRow>
                    <SortableHead {...head("panier")}>{o.basket}</SortableHead>
                    <SortableHead {...head("membre")}>{o.member}</SortableHead>
                    <TableHead>{o.products}</TableHead>
                    <SortableHead {...head("total")} className="text-right">
                      {o.total}
                    </SortableHead>
                    <SortableHead {...head("paye")} className="text-right">
                      {o.paid}
                    </SortableHead>
                    <TableHead>{t.payments.basket.payments}</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {baskets.map((b) => (
                    <TableRow key={b.id} data-basket={b.basketNumber}>
                      <TableCell label={o.basket} className="font-bold">
                        {b.basketNumber}
                      </TableCell>
                      <TableCell label={o.member}>{name(b)}</TableCell>
                      <TableCell label={o.products}>
                        {b.lines
                          .map((l) => `${formatDecimal(l.deliveredQuantity ?? l.quantity, locale)} × ${l.productName}`)
                          .join(" · ")}
                      </TableCell>
                      <TableCell label={o.total} className="text-right">
                        {money(b.totalCents)}
                      </TableCell>
                      <TableCell label={o.paid} className="text-right">
                        {money(b.paidCents - b.refundedCents)}
                      </TableCell>
                      <TableCell className="max-sm:mt-2">
                        <BasketPayments
                          money={payments.baskets.get(b.id)!}
                          paymentMethod={b.paymentMethod}
                          marketId={marketId}
                          orderId={b.id}
                          timeZone={d.market.timeZone}
                          locale={locale}
                          t={t}
                        />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          </section>
          <section aria-labelledby="till" className="xl:col-span-2">
            <h2 id="till" className="mb-1 text-lg font-semibold">
              {t.payments.till.title}
            </h2>
            <TillTotals till={payments.till} locale={locale} t={t} />
          </section>
          <section aria-labelledby="by-product">
            <h2 id="by-product" className="mb-1 text-lg font-semibold">
              {o.byProduct}
            </h2>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>{o.product}</TableHead>
                  <TableHead>{o.producer}</TableHead>
                  <TableHead>{o.quantity}</TableHead>
                  <TableHead className="text-right">{o.total}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {summary.byProduct.map((p) => (
                  <TableRow key={`${p.producer}-${p.name}`}>
                    <TableCell className="font-medium">{p.name}</TableCell>
                    <TableCell label={o.producer} className="text-muted">
                      {p.producer}
                    </TableCell>
                    <TableCell label={o.quantity}>{formatDecimal(p.quantity, locale)}</TableCell>
                    <TableCell label={o.total} className="text-right">
                      {money(p.totalCents)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </section>
          <section aria-labelledby="by-producer">
            <h2 id="by-producer" className="mb-1 text-lg font-semibold">
              {o.byProducer}
            </h2>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>{o.producer}</TableHead>
                  <TableHead className="text-right">{o.total}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {summary.byProducer.map((p) => (
                  <TableRow key={p.producer}>
                    <TableCell className="font-medium">{p.producer}</TableCell>
                    <TableCell label={o.total} className="text-right">
                      {money(p.totalCents)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </section>
          <VatBreakdownTable
            breakdown={summary.vat}
            caption={t.money.vat.marketCaption}
            locale={locale}
            t={t}
            className="xl:col-span-2"
          />
        </div>
      )}
    </div>
  );
}
