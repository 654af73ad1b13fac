import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { SiteHeader } from "./site-header";

// The shopper's pages: the header (its account links given by the page's layout), then the page.
export function ShopFrame({
  locale,
  t,
  links,
  children,
}: {
  locale: Locale;
  t: Messages;
  links: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <SiteHeader locale={locale} t={t} links={links} help="client" />
      <main id="contenu" className="mx-auto max-w-5xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
