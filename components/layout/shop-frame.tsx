import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { type HeaderAccount, SiteHeader } from "./site-header";

export function ShopFrame({
  locale,
  t,
  account,
  returnTo,
  children,
}: {
  locale: Locale;
  t: Messages;
  account: HeaderAccount | null;
  returnTo?: string;
  children: ReactNode;
}) {
  return (
    <>
      <SiteHeader locale={locale} t={t} account={account} returnTo={returnTo} />
      <main id="contenu" className="mx-auto max-w-5xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
