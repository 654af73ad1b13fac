import type { ReactNode } from "react";
import { AccountLinks, headerAccount, SiteHeader } from "@/components/layout/site-header";
import { currentActorOrNull } from "@/lib/auth/current-user";
import { getMessages } from "@/lib/i18n/page";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getMessages();
  return (
    <>
      <SiteHeader
        locale={locale}
        t={t}
        help="admin"
        links={<AccountLinks locale={locale} t={t} account={headerAccount(await currentActorOrNull())} />}
      />
      <main id="contenu" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
