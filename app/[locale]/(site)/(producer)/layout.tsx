import type { ReactNode } from "react";
import { ProducerNav } from "@/components/producer/producer-nav";
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
      <ProducerNav
        locale={locale}
        label={t.producer.title}
        labels={{
          catalogs: n.catalogs,
          sales: n.sales,
          messages: n.messages,
          payouts: n.payouts,
          reports: t.reports.nav,
        }}
      />
      <main id="contenu" className="mx-auto max-w-3xl px-4 pt-6 pb-24 sm:pb-6">
        {children}
      </main>
    </>
  );
}
