import Link from "next/link";
import { Suspense } from "react";
import { AccountDeletedNotice } from "@/components/layout/account-deleted-notice";
import { MarketFinder } from "@/components/market/market-finder";
import { MyMarkets } from "@/components/market/my-markets";
import { PublicFrame } from "@/components/personal/public-frame";
import { Card } from "@/components/ui/card";
import { localizedPath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/page";

// The home page: the same for everybody, rendered once per language and served from Next's cache (README,
// Performance). A member's markets come from app/api/personal once in the browser; the market search
// is its own page (/recherche?q=…), rendered per request.
export default async function HomePage() {
  const { locale, t } = await getMessages();
  const here = (path: string) => localizedPath(locale, path);
  return (
    <PublicFrame locale={locale} t={t} query={{ markets: true }}>
      <div className="flex flex-col gap-6">
        <Suspense>
          <AccountDeletedNotice message={t.privacy.account.deleted} />
        </Suspense>
        <section className="rounded-xl bg-leaf-700 p-6 text-white">
          <h1 className="text-2xl font-bold sm:text-3xl">{t.common.tagline}</h1>
        </section>
        <MyMarkets locale={locale} title={t.market.myMarkets} />
        <MarketFinder locale={locale} t={t} />
        <section className="flex flex-col gap-2 sm:flex-row">
          <Card asChild className="font-semibold text-leaf-700 hover:underline">
            <Link href={here("/producteur?nouveau=1")}>{t.common.entryPoints.producer}</Link>
          </Card>
          <Card asChild className="font-semibold text-leaf-700 hover:underline">
            <Link href={here("/admin")}>{t.common.entryPoints.market}</Link>
          </Card>
        </section>
      </div>
    </PublicFrame>
  );
}
