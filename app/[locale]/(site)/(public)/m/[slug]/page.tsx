import type { Metadata } from "next";
import Link from "next/link";
import { ContactDetails } from "@/components/contact-details";
import { DistributionCard } from "@/components/market/distribution-card";
import { MemberState } from "@/components/market/member-state";
import { PublicFrame } from "@/components/personal/public-frame";
import { Card } from "@/components/ui/card";
import { orNotFound } from "@/lib/auth/load-page-actor";
import { localizedPath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/page";
import { metaDescriptionOf } from "@/lib/meta-description";
import { publicMarket } from "@/lib/public-cache";

// The shared link of a market: rendered once per address and language, served from Next's cache (README,
// Performance); whether the signed-in person is a member comes from app/api/personal once in the browser.
type Params = { locale: string; slug: string };

export const revalidate = 60; // MARKET_PAGE_SECONDS: the distributions' states (Next reads this as a literal)
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { t } = await getMessages();
  const market = await orNotFound(publicMarket((await params).slug, new Date()));
  const description = metaDescriptionOf(market.shortDescription) ?? metaDescriptionOf(market.description);
  return { title: market.name, description: description ?? t.market.metaDescription(market.name) };
}

export default async function MarketPage({ params }: { params: Promise<Params> }) {
  const { locale, t } = await getMessages();
  const market = await orNotFound(publicMarket((await params).slug, new Date()));
  return (
    <PublicFrame locale={locale} t={t} query={{ market: market.slug }} returnTo={`/m/${market.slug}`}>
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
        <Link href={localizedPath(locale, `/m/${market.slug}/producteurs`)} className="text-leaf-700 underline">
          {t.market.producers.link}
        </Link>
        <MemberState
          market={{ id: market.id, slug: market.slug }}
          locale={locale}
          labels={{
            member: t.market.member,
            dutyCalendar: t.market.dutyCalendar,
            join: t.market.join,
            loading: t.common.loading,
          }}
        />
        <section aria-labelledby="upcoming">
          <h2 id="upcoming" className="mb-3 text-xl font-semibold">
            {t.market.upcoming}
          </h2>
          {market.distributions.length === 0 ? (
            <Card asChild>
              <p>{t.market.noUpcoming}</p>
            </Card>
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
        <ContactDetails
          id="contact"
          heading={t.market.contact}
          name={market.contactName}
          email={market.contactEmail}
          phone={market.contactPhone}
        />
        <section aria-labelledby="places">
          <h2 id="places" className="mb-3 text-xl font-semibold">
            {t.market.places}
          </h2>
          <ul className="grid gap-2 sm:grid-cols-2">
            {market.places.map((p) => (
              <Card asChild key={p.id} className="gap-0">
                <li>
                  <p className="font-semibold">{p.name}</p>
                  <p className="text-sm text-muted">
                    {p.address}, {p.zipCode} {p.city}
                  </p>
                </li>
              </Card>
            ))}
          </ul>
        </section>
      </div>
    </PublicFrame>
  );
}
