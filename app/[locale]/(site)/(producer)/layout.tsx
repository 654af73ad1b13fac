import Link from "next/link";
import type { ReactNode } from "react";
import { AccountLinks, headerAccount, SiteHeader } from "@/components/layout/site-header";
import { currentActorOrNull } from "@/lib/auth/current-user";
import { getMessages } from "@/lib/i18n/page";

export default async function ProducerLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getMessages();
  const n = t.producer.nav;
  return (
    <>
      <SiteHeader
        locale={locale}
        t={t}
        help="producteur"
        links={<AccountLinks locale={locale} t={t} account={headerAccount(await currentActorOrNull())} />}
      />
      <nav aria-label={t.producer.title} className="no-print border-b border-earth-100 bg-leaf-50">
        <div className="mx-auto flex max-w-3xl flex-wrap gap-x-4 gap-y-1 px-4 py-2 text-sm font-semibold">
          <Link href="/producteur">{n.catalogs}</Link>
          <Link href="/producteur/ventes">{n.sales}</Link>
          <Link href="/producteur/messages">{n.messages}</Link>
          <Link href="/producteur/versements">{n.payouts}</Link>
          <Link href="/producteur/rapports">{t.reports.nav}</Link>
        </div>
      </nav>
      <main id="contenu" className="mx-auto max-w-3xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
