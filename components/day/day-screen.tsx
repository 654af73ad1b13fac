"use client";

import { useEffect, useMemo, useState } from "react";
import { callsStartAt, stillWaiting } from "@/lib/domain/distribution-day/still-waiting";
import { formatInZone } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money";
import { OfflineBanner } from "../offline/offline-banner";
import { useOfflineDay } from "../offline/offline-day-provider";
import { OfflineProblems } from "../offline/offline-problems";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { Input } from "../ui/input";
import { Select } from "../ui/select";
import { BasketCard } from "./basket-card";
import { countByState, type DayFilter, type DaySort, findBaskets } from "./basket-list";
import { dayMessages } from "./day-messages";
import { telHref } from "@/lib/tel-href";

const FILTERS: DayFilter[] = ["all", "waiting", "collected", "validated"];

// The clock the screen reads: the server's at first (so the page renders the same on both sides), then the
// phone's, every 30 seconds, so that the « still waiting » list appears on time without a reload.
function useNow(serverNow: string): Date {
  const [now, setNow] = useState(() => new Date(serverNow));
  useEffect(() => {
    const tick = () => setNow(new Date());
    tick();
    const timer = setInterval(tick, 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

// The distribution day on a phone, held in one hand: find a basket (search, sort, which state), open it, hand it
// out, fix what was delivered, take the payment, validate; call whoever has not come 15 minutes before the end;
// the till's totals at the bottom. Drawn from the phone's copy of one read model (getDayScreen) with the changes
// not sent yet applied (offline-day-provider.tsx): it keeps working without network.
export function DayScreen({ locale, serverNow }: { locale: Locale; serverNow: string }) {
  const { day } = useOfflineDay();
  const t = dayMessages(locale);
  const d = day.distribution;
  const now = useNow(serverNow);
  const [query, setQuery] = useState("");
  // Prepared baskets are found by name (seed 000: « dans l'ordre alphabétique »); lots made up on the spot carry
  // basket numbers.
  const [sort, setSort] = useState<DaySort>(d.basketMode === "DURING" ? "number" : "name");
  const [filter, setFilter] = useState<DayFilter>("all");
  const [openId, setOpenId] = useState<string | null>(null);
  const shown = useMemo(
    () => findBaskets(day.baskets, { query, sort, filter, keep: openId }, locale),
    [day.baskets, query, sort, filter, openId, locale],
  );
  const counts = countByState(day.baskets);
  const at = (iso: string | Date, pattern: string) => formatInZone(new Date(iso), pattern, d.timeZone, locale);
  const pickupEnd = new Date(d.pickupEndAt);
  const waiting = stillWaiting(day.baskets, pickupEnd, now);
  const running = !d.validatedAt && !d.cancelledAt;
  const started = now >= new Date(d.pickupStartAt);
  const hasSlots = day.baskets.some((b) => b.slotStartsAt);
  return (
    <div className="flex flex-col gap-4">
      <OfflineBanner />
      <OfflineProblems />
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">{t.title}</h1>
        <p className="font-medium first-letter:uppercase">
          {t.pickup(
            at(d.pickupStartAt, "EEEE d MMMM"),
            at(d.pickupStartAt, "HH:mm"),
            at(pickupEnd, "HH:mm"),
            d.placeName,
          )}
        </p>
        <p className="text-sm text-muted">{d.marketName}</p>
        <p className="text-sm">{t.mode[d.basketMode]}</p>
      </header>
      {d.cancelledAt && <Alert tone="error">{t.cancelled}</Alert>}
      {d.validatedAt && <Alert>{t.validated}</Alert>}
      {running && !started && <Alert>{t.notStarted(at(d.pickupStartAt, "HH:mm"))}</Alert>}
      {running && day.baskets.length > 0 && (
        <Card asChild>
          <section aria-labelledby="still-waiting" className="block p-3">
            {waiting === null ? (
              <p id="still-waiting" className="text-sm text-muted">
                {t.waiting.later(at(callsStartAt(pickupEnd), "HH:mm"))}
              </p>
            ) : waiting.length === 0 ? (
              <p id="still-waiting" className="text-sm font-medium">
                {t.waiting.allCollected}
              </p>
            ) : (
              <>
                <h2 id="still-waiting" className="text-lg font-bold text-red-800">
                  {t.waiting.title(waiting.length)}
                </h2>
                <p className="text-sm">{t.waiting.intro}</p>
                <ul className="mt-2 flex flex-col divide-y divide-earth-100">
                  {waiting.map((b) => {
                    const name = `${b.firstName} ${b.lastName}`;
                    return (
                      <li key={b.id} className="flex items-center justify-between gap-2 py-2">
                        <span>
                          <span className="font-semibold">{t.number(b.number)}</span> {name}
                        </span>
                        {b.phone ? (
                          <Button asChild className="px-3 py-2 whitespace-nowrap">
                            <a href={telHref(b.phone)} aria-label={t.waiting.call(name)}>
                              {b.phone}
                            </a>
                          </Button>
                        ) : (
                          <span className="text-sm text-muted">{t.waiting.noPhone}</span>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </>
            )}
          </section>
        </Card>
      )}
      {day.baskets.length === 0 ? (
        <Card asChild>
          <p>{t.none}</p>
        </Card>
      ) : (
        <section aria-label={t.baskets} className="flex flex-col gap-2">
          <div className="sticky top-0 z-10 -mx-4 flex flex-col gap-2 bg-earth-50 px-4 py-2">
            <Input
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder={t.search}
              aria-label={t.search}
              enterKeyHint="search"
              className="py-3 text-lg"
            />
            <div className="flex items-center gap-2">
              <label className="flex items-center gap-2 text-sm font-medium">
                {t.sortBy}
                <Select value={sort} onChange={(e) => setSort(e.target.value as DaySort)}>
                  {(["number", "name", ...(hasSlots ? ["slot" as const] : [])] as const).map((s) => (
                    <option key={s} value={s}>
                      {t.sorts[s]}
                    </option>
                  ))}
                </Select>
              </label>
            </div>
            <div role="radiogroup" aria-label={t.filter} className="flex gap-1 overflow-x-auto">
              {FILTERS.map((f) => (
                <Button
                  key={f}
                  type="button"
                  role="radio"
                  aria-checked={filter === f}
                  onClick={() => setFilter(f)}
                  variant={filter === f ? "primary" : "outline"}
                  size="sm"
                  className="rounded-full whitespace-nowrap"
                >
                  {t.filters[f](counts[f])}
                </Button>
              ))}
            </div>
          </div>
          {shown.length === 0 ? (
            <Card asChild>
              <p>{t.noMatch}</p>
            </Card>
          ) : (
            <ul className="flex flex-col gap-2">
              {shown.map((b) => (
                <li key={b.id}>
                  <BasketCard
                    basket={b}
                    distribution={d}
                    open={openId === b.id}
                    onToggle={() => setOpenId(openId === b.id ? null : b.id)}
                    running={running}
                    started={started}
                    locale={locale}
                  />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <Card asChild>
        <section aria-labelledby="till" className="block p-3" data-till-totals>
          <h2 id="till" className="text-lg font-bold">
            {t.till.title}
          </h2>
          <p className="text-sm text-muted">{t.till.intro}</p>
          <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-3 gap-y-1">
            {day.till.byMethod.map((m) => (
              <div key={m.method} className="contents">
                <dt>{t.methods[m.method]}</dt>
                <dd className="text-right tabular-nums">{formatMoney(m.cents, locale)}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-2 font-semibold" data-testid="till-total">
            {t.till.total(formatMoney(day.till.tillCents, locale))}
          </p>
        </section>
      </Card>
    </div>
  );
}
