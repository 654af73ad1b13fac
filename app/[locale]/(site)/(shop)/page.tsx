import { Alert } from "@/components/ui/alert";
import Link from "next/link";
import { currentUserId } from "@/lib/auth/current-user";
import { findMarkets } from "@/lib/domain/market/find-markets";
import { listMyMarkets } from "@/lib/domain/membership/join-market";
import { formatDecimal } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/page";

export default async function HomePage({ searchParams }: { searchParams: Promise<{ q?: string; compte?: string }> }) {
  const { locale, t } = await getMessages();
  const params = await searchParams;
  const query = (params.q ?? "").slice(0, 100);
  const userId = await currentUserId();
  const [markets, mine] = await Promise.all([
    findMarkets({ query }),
    userId ? listMyMarkets({ userId }) : Promise.resolve([]),
  ]);
  const f = t.market.find;
  return (
    <div className="flex flex-col gap-6">
      {params.compte === "supprime" && <Alert>{t.privacy.account.deleted}</Alert>}
      <section className="rounded-xl bg-leaf-700 p-6 text-white">
        <h1 className="text-2xl font-bold sm:text-3xl">{t.common.tagline}</h1>
      </section>
      {mine.length > 0 && (
        <section aria-labelledby="my-markets" className="rounded-xl bg-white p-5 shadow-sm">
          <h2 id="my-markets" className="mb-2 text-xl font-semibold">
            {t.market.myMarkets}
          </h2>
          <ul className="flex flex-wrap gap-2">
            {mine.map(({ market }) => (
              <li key={market.id}>
                <Link
                  href={`/m/${market.slug}`}
                  className="block rounded-lg bg-leaf-50 px-4 py-2 font-semibold text-leaf-700 hover:underline"
                >
                  {market.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="rounded-xl bg-white p-5 shadow-sm">
        <h2 className="mb-3 text-xl font-semibold">{f.title}</h2>
        <form method="get" className="flex flex-col gap-2 sm:flex-row sm:items-end" role="search">
          <div className="flex grow flex-col gap-1">
            <label htmlFor="q" className="text-sm font-medium">
              {f.label}
            </label>
            <input
              id="q"
              name="q"
              defaultValue={query}
              placeholder={f.placeholder}
              className="rounded-md border border-stone-400 px-3 py-2 text-base"
            />
          </div>
          <button className="rounded-md bg-leaf-600 px-4 py-2.5 font-semibold text-white hover:bg-leaf-700">
            {f.submit}
          </button>
        </form>
        <p className="mt-2 text-sm text-muted">{f.hint}</p>
        {query.trim().length >= 2 &&
          (markets.length === 0 ? (
            <p className="mt-4">{f.none}</p>
          ) : (
            <ul className="mt-4 divide-y divide-earth-100">
              {markets.map((m) => (
                <li key={m.slug} className="py-3">
                  <Link href={`/m/${m.slug}`} className="font-semibold text-leaf-700 underline">
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
      <section className="flex flex-col gap-2 sm:flex-row">
        <Link
          href="/producteur?nouveau=1"
          className="rounded-xl bg-white p-4 font-semibold text-leaf-700 shadow-sm hover:underline"
        >
          {t.common.entryPoints.producer}
        </Link>
        <Link href="/admin" className="rounded-xl bg-white p-4 font-semibold text-leaf-700 shadow-sm hover:underline">
          {t.common.entryPoints.market}
        </Link>
      </section>
    </div>
  );
}
