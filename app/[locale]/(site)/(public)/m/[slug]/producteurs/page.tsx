import type { Metadata } from "next";
import Link from "next/link";
import { PublicFrame } from "@/components/personal/public-frame";
import { Card } from "@/components/ui/card";
import { orNotFound } from "@/lib/auth/load-page-actor";
import { localizedPath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/page";
import { metaDescriptionOf } from "@/lib/meta-description";
import { publicMarketProducers } from "@/lib/public-cache";

// A market's « Producteurs » page: rendered once per address and language, served from Next's cache (README,
// Performance).
type Params = { locale: string; slug: string };

export const revalidate = 3600;
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { t } = await getMessages();
  const market = await orNotFound(publicMarketProducers((await params).slug));
  return { title: t.market.producers.title(market.name), description: t.market.producers.metaDescription(market.name) };
}

export default async function MarketProducersPage({ params }: { params: Promise<Params> }) {
  const { locale, t } = await getMessages();
  const market = await orNotFound(publicMarketProducers((await params).slug));
  return (
    <PublicFrame locale={locale} t={t} query={{}} returnTo={`/m/${market.slug}/producteurs`}>
      <div className="flex flex-col gap-4">
        <Link href={localizedPath(locale, `/m/${market.slug}`)} className="text-sm text-leaf-700 underline">
          ← {t.market.producers.back}
        </Link>
        <h1 className="text-2xl font-bold">{t.market.producers.title(market.name)}</h1>
        {market.producers.length === 0 ? (
          <Card asChild>
            <p>{t.market.producers.none}</p>
          </Card>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {market.producers.map((p) => (
              <Card asChild key={p.slug} className="flex-row">
                <li data-producer={p.name}>
                  {p.photoId && (
                    // eslint-disable-next-line @next/next/no-img-element -- served resized by /images/[id]
                    <img
                      src={`/images/${p.photoId}`}
                      alt=""
                      width={80}
                      height={80}
                      loading="lazy"
                      className="h-20 w-20 shrink-0 rounded-lg object-cover"
                    />
                  )}
                  <div className="flex min-w-0 flex-col gap-1">
                    <h2 className="text-lg font-semibold">
                      <Link href={localizedPath(locale, `/producteurs/${p.slug}`)} className="text-leaf-700 underline">
                        {p.name}
                      </Link>
                    </h2>
                    {p.city && <p className="text-sm text-muted">{p.city}</p>}
                    {p.categories.length > 0 && (
                      <p className="text-sm">{p.categories.map((c) => t.shop.categories[c]).join(" · ")}</p>
                    )}
                    {p.description && <p className="text-sm">{metaDescriptionOf(p.description)}</p>}
                  </div>
                </li>
              </Card>
            ))}
          </ul>
        )}
      </div>
    </PublicFrame>
  );
}
