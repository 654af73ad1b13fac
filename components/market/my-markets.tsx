import Link from "next/link";
import { type Locale, localizedPath } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

// « Mes marchés » on the home page, for a signed-in member (its personal part: lib/actions/personal.tsx).
export function MyMarkets({
  markets,
  locale,
  t,
}: {
  markets: { id: string; slug: string; name: string }[];
  locale: Locale;
  t: Messages;
}) {
  if (markets.length === 0) return null;
  return (
    <section aria-labelledby="my-markets" className="rounded-xl bg-white p-5 shadow-sm">
      <h2 id="my-markets" className="mb-2 text-xl font-semibold">
        {t.market.myMarkets}
      </h2>
      <ul className="flex flex-wrap gap-2">
        {markets.map((market) => (
          <li key={market.id}>
            <Link
              href={localizedPath(locale, `/m/${market.slug}`)}
              className="block rounded-lg bg-leaf-50 px-4 py-2 font-semibold text-leaf-700 hover:underline"
            >
              {market.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
