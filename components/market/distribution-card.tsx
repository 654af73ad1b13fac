import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { PublicMarket } from "@/lib/domain/market/get-public-market";
import { formatInZone } from "@/lib/i18n/format";
import { type Locale, localizedPath } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { shopPath } from "@/lib/validation/shop-filters";
import { MyBasket } from "./my-basket";
import { SaleWords } from "./sale-words";

type Props = {
  distribution: PublicMarket["distributions"][number];
  marketSlug: string;
  timeZone: string;
  locale: Locale;
  t: Messages;
};

const TONE = {
  NOT_YET_OPEN: "border-earth-600 bg-earth-100 text-earth-800",
  OPEN: "border-leaf-600 bg-leaf-50 text-leaf-900",
  CLOSED: "border-earth-600 bg-earth-100 text-earth-800",
  DISTRIBUTED: "border-stone-400 bg-stone-100 text-stone-800",
  VALIDATED: "border-stone-400 bg-stone-100 text-stone-800",
  CANCELLED: "border-red-700 bg-red-50 text-red-900",
} as const;

// The colour follows Cagette's convention (brown = not open or closed, green = open) but the state is
// always written out too, never carried by colour alone.
export function DistributionCard({ distribution: d, marketSlug, timeZone, locale, t }: Props) {
  const m = t.market;
  const at = (date: Date, pattern: string) => formatInZone(date, pattern, timeZone, locale);
  const deadline =
    d.state === "CANCELLED"
      ? null
      : d.state === "NOT_YET_OPEN"
        ? m.opensOn(at(d.ordersOpenAt, m.dateTimeFormat))
        : d.state === "OPEN"
          ? m.orderUntil(at(d.ordersCloseAt, m.dateTimeFormat))
          : m.closedSince(at(d.ordersCloseAt, m.dateTimeFormat));
  return (
    <Card asChild className={cn("h-full gap-2 border-l-4", TONE[d.state])}>
      <article data-state={d.state}>
        <p className="text-xs font-bold tracking-wide uppercase">{m.state[d.state]}</p>
        <h3 className="text-lg font-semibold first-letter:uppercase">
          {m.pickup(
            at(d.pickupStartAt, m.dateFormat),
            at(d.pickupStartAt, m.timeFormat),
            at(d.pickupEndAt, m.timeFormat),
          )}
        </h3>
        <SaleWords name={d.name} note={d.note} />
        <p className="text-sm">
          {d.place.name}, {d.place.city}
        </p>
        {deadline && <p className="text-sm font-medium">{deadline}</p>}
        <p className="text-sm">
          {d.producers.length > 0 ? m.producersList(d.producers.map((p) => p.name).join(", ")) : m.noProducersYet}
        </p>
        <MyBasket distributionId={d.id} locale={locale} labels={m.myBasket} />
        {d.state === "OPEN" && (
          <Button asChild className="mt-auto self-start">
            <Link href={localizedPath(locale, shopPath(marketSlug, d.id))}>{m.order}</Link>
          </Button>
        )}
      </article>
    </Card>
  );
}
