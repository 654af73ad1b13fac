import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PublicFrame } from "@/components/personal/public-frame";
import { SharedCatalogSummary } from "@/components/producer/shared-catalog-summary";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { orNotFound } from "@/lib/auth/load-page-actor";
import { catalogLinkPath, catalogNumberOf } from "@/lib/domain/catalog-link/catalog-reference";
import { localizedPath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/page";
import { publicCatalog } from "@/lib/public-cache";

// A catalog's shared link (/catalogues/<number>), which a producer sends to markets: rendered once per address
// and language and served from Next's cache (README, Performance). Linking it is done from its own page,
// rendered for whoever asks (…/relier), where a shortcut link (…?cle=…) also leads (next.config.mjs).
type Params = { locale: string; number: string };

export const revalidate = 3600;
export const generateStaticParams = () => [];

async function catalogOf(params: Promise<Params>) {
  const number = catalogNumberOf((await params).number);
  if (number === null) notFound();
  return orNotFound(publicCatalog(number));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { t } = await getMessages();
  const catalog = await catalogOf(params);
  return { title: t.producer.sharedCatalog.title(catalog.name, catalog.producer.name) };
}

export default async function SharedCatalogPage({ params }: { params: Promise<Params> }) {
  const { locale, t } = await getMessages();
  const catalog = await catalogOf(params);
  return (
    <PublicFrame locale={locale} t={t} query={{}}>
      <Card className="mx-auto max-w-xl gap-4 p-5">
        <SharedCatalogSummary catalog={catalog} locale={locale} t={t} />
        <Button asChild className="self-start">
          <Link href={localizedPath(locale, catalogLinkPath(catalog.number))} prefetch={false}>
            {t.producer.sharedCatalog.linkTo}
          </Link>
        </Button>
      </Card>
    </PublicFrame>
  );
}
