import type { ReactNode } from "react";
import { AccountLinks, headerAccount, SiteHeader } from "@/components/layout/site-header";
import { currentActorOrNull } from "@/lib/auth/current-user";
import { getMessages } from "@/lib/i18n/page";

// The distribution day, run on a phone by a market's admins and the distribution's referents: narrow, no admin
// menu (a referent reaches nothing else of the market).
export default async function DayLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getMessages();
  return (
    <>
      <SiteHeader
        locale={locale}
        t={t}
        help="jour-de-distribution"
        links={<AccountLinks locale={locale} t={t} account={headerAccount(await currentActorOrNull())} />}
      />
      <main id="contenu" className="mx-auto max-w-xl px-4 py-4">
        {children}
      </main>
    </>
  );
}
