import type { Metadata } from "next";
import { MarketFinder } from "@/components/market/market-finder";
import { PublicFrame } from "@/components/personal/public-frame";
import { findMarkets } from "@/lib/domain/market/find-markets";
import { getMessages } from "@/lib/i18n/page";
import { storableText } from "@/lib/validation/text";

// « Trouver mon marché »: what the home page's form found, read per request (there are as many searches as
// people can type, and none is kept).
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.market.find.title, robots: { index: false } };
}

export default async function MarketSearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const { locale, t } = await getMessages();
  const { q } = await searchParams;
  const query = storableText(typeof q === "string" ? q : "").slice(0, 100);
  const markets = await findMarkets({ query });
  return (
    <PublicFrame locale={locale} t={t} query={{}}>
      <MarketFinder found={{ query, markets }} locale={locale} t={t} />
    </PublicFrame>
  );
}
