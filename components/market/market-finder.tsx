import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { findMarkets } from "@/lib/domain/market/find-markets";
import { formatDecimal } from "@/lib/i18n/format";
import { type Locale, localizedPath } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

// « Trouver mon marché »: the form, on the home page, and what it found, on the search's page (/recherche?q=, where
// next.config.mjs also sends an older /?q=).
const MARKET_SEARCH_PATH = "/recherche";

export function MarketFinder({
  found,
  locale,
  t,
}: {
  found?: { query: string; markets: Awaited<ReturnType<typeof findMarkets>> };
  locale: Locale;
  t: Messages;
}) {
  const f = t.market.find;
  return (
    <Card asChild className="gap-0 p-5">
      <section>
        <h2 className="mb-3 text-xl font-semibold">{f.title}</h2>
        <form
          method="get"
          action={localizedPath(locale, MARKET_SEARCH_PATH)}
          className="flex flex-col gap-2 sm:flex-row sm:items-end"
          role="search"
        >
          <Field id="q" label={f.label} className="grow">
            <Input name="q" defaultValue={found?.query} placeholder={f.placeholder} />
          </Field>
          <Button type="submit">{f.submit}</Button>
        </form>
        <p className="mt-2 text-sm text-muted">{f.hint}</p>
        {found &&
          found.query.trim().length >= 2 &&
          (found.markets.length === 0 ? (
            <p className="mt-4">{f.none}</p>
          ) : (
            <ul className="mt-4 divide-y divide-earth-100">
              {found.markets.map((m) => (
                <li key={m.slug} className="py-3">
                  <Link href={localizedPath(locale, `/m/${m.slug}`)} className="font-semibold text-leaf-700 underline">
                    {m.name}
                  </Link>
                  <p className="text-sm text-muted">
                    {[...new Set(m.places.map((p) => `${p.city} (${p.zipCode})`))].join(" · ")}
                    {m.km !== null && ` · ${t.market.distanceKm(formatDecimal(m.km, locale, 1))}`}
                  </p>
                  {m.shortDescription && <p className="text-sm">{m.shortDescription}</p>}
                </li>
              ))}
            </ul>
          ))}
      </section>
    </Card>
  );
}
