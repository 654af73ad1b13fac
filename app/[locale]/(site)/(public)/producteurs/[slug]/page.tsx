import type { Metadata } from "next";
import Link from "next/link";
import { ContactDetails } from "@/components/contact-details";
import { PublicFrame } from "@/components/personal/public-frame";
import { Card } from "@/components/ui/card";
import { orNotFound } from "@/lib/auth/load-page-actor";
import { priceLabel } from "@/lib/domain/product/unit-price";
import { localizedPath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/page";
import { metaDescriptionOf } from "@/lib/meta-description";
import { publicProducer } from "@/lib/public-cache";

// A producer's public page: rendered once per address and language, served from Next's cache (README,
// Performance).
type Params = { locale: string; slug: string };

export const revalidate = 3600;
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { t } = await getMessages();
  const producer = await orNotFound(publicProducer((await params).slug));
  return {
    title: producer.name,
    description: metaDescriptionOf(producer.description) ?? t.producer.metaDescription(producer.name),
  };
}

export default async function PublicProducerPage({ params }: { params: Promise<Params> }) {
  const { locale, t } = await getMessages();
  const { slug } = await params;
  const producer = await orNotFound(publicProducer(slug));
  return (
    <PublicFrame locale={locale} t={t} query={{}} returnTo={`/producteurs/${slug}`}>
      <div className="flex flex-col gap-4">
        <header>
          <h1 className="text-2xl font-bold">{producer.name}</h1>
          {producer.city && (
            <p className="text-muted">
              {producer.zipCode} {producer.city}
            </p>
          )}
        </header>
        {producer.photos.length > 0 && (
          <div className="flex gap-2 overflow-x-auto">
            {producer.photos.map((photo) => (
              // eslint-disable-next-line @next/next/no-img-element -- served resized by /images/[id]
              <img
                key={photo.imageId}
                src={`/images/${photo.imageId}`}
                alt=""
                width={240}
                height={180}
                loading="lazy"
                className="h-44 w-60 shrink-0 rounded-lg object-cover"
              />
            ))}
          </div>
        )}
        {producer.description && <p className="whitespace-pre-line">{producer.description}</p>}
        <ContactDetails id="contact" heading={t.producer.contact} {...producer.contact} />
        {producer.markets.length > 0 && (
          <p>
            {t.producer.sellsAt} :{" "}
            {producer.markets.map((m, i) => (
              <span key={m.slug}>
                {i > 0 && ", "}
                <Link href={localizedPath(locale, `/m/${m.slug}`)} className="text-leaf-700 underline">
                  {m.name}
                </Link>
              </span>
            ))}
          </p>
        )}
        {producer.catalogs.map((c) => (
          <Card asChild key={c.name} className="gap-2">
            <section>
              <h2 className="text-lg font-semibold">{c.name}</h2>
              <ul className="grid gap-1 text-sm sm:grid-cols-2">
                {c.products.map((p) => {
                  const label = priceLabel(p, locale, t.shop.piece);
                  return (
                    <li key={p.id}>
                      {p.name} — {label.price}
                      {p.organic && ` · ${t.shop.organic}`}
                    </li>
                  );
                })}
              </ul>
            </section>
          </Card>
        ))}
      </div>
    </PublicFrame>
  );
}
