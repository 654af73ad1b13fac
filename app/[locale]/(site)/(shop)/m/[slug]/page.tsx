import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DistributionCard } from "@/components/market/distribution-card";
import { DomainError } from "@/lib/domain/errors";
import { getPublicMarketOrThrow } from "@/lib/domain/market/get-public-market";
import { getMessages } from "@/lib/i18n/page";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { joinMarketAction } from "@/lib/actions/shop";
import { currentUserId } from "@/lib/auth/current-user";
import { listMyMarkets } from "@/lib/domain/membership/join-market";

async function loadMarket(slug: string) {
  try {
    return await getPublicMarketOrThrow({ slug, now: new Date() });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const market = await loadMarket((await params).slug);
  return { title: market.name, description: market.shortDescription ?? undefined };
}

export default async function MarketPage({ params }: { params: Promise<{ slug: string }> }) {
  const { locale, t } = await getMessages();
  const market = await loadMarket((await params).slug);
  const userId = await currentUserId();
  const member = userId ? (await listMyMarkets({ userId })).some((m) => m.market.id === market.id) : false;
  return (
    <div className="flex flex-col gap-6">
      <header className="flex items-center gap-4">
        {market.logoImageId && (
          // eslint-disable-next-line @next/next/no-img-element -- served resized by /images/[id]
          <img
            src={`/images/${market.logoImageId}`}
            alt=""
            width={72}
            height={72}
            className="h-18 w-18 rounded-lg object-cover"
          />
        )}
        <div>
          <h1 className="text-2xl font-bold">{market.name}</h1>
          {market.shortDescription && <p className="text-muted">{market.shortDescription}</p>}
        </div>
      </header>
      {market.description && <p className="whitespace-pre-line">{market.description}</p>}
      {userId && (
        <div className="flex flex-wrap items-center gap-3">
          {member ? (
            <>
              <p className="text-sm font-medium text-leaf-700">{t.market.member}</p>
              <Link href={`/m/${market.slug}/permanences`} className="text-sm text-leaf-700 underline">
                {t.market.dutyCalendar}
              </Link>
            </>
          ) : (
            <ActionForm
              action={joinMarketAction}
              hidden={{ marketId: market.id, slug: market.slug }}
              submitLabel={t.market.join}
              pendingLabel={t.common.loading}
              variant="secondary"
              className="flex flex-col gap-1"
            />
          )}
        </div>
      )}
      <section aria-labelledby="upcoming">
        <h2 id="upcoming" className="mb-3 text-xl font-semibold">
          {t.market.upcoming}
        </h2>
        {market.distributions.length === 0 ? (
          <p className="rounded-lg bg-white p-4">{t.market.noUpcoming}</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {market.distributions.map((d) => (
              <li key={d.id}>
                <DistributionCard
                  distribution={d}
                  marketSlug={market.slug}
                  timeZone={market.timeZone}
                  locale={locale}
                  t={t}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="places">
        <h2 id="places" className="mb-3 text-xl font-semibold">
          {t.market.places}
        </h2>
        <ul className="grid gap-2 sm:grid-cols-2">
          {market.places.map((p) => (
            <li key={p.id} className="rounded-lg bg-white p-4">
              <p className="font-semibold">{p.name}</p>
              <p className="text-sm text-muted">
                {p.address}, {p.zipCode} {p.city}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
