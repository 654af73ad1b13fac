import type { ReactNode } from "react";
import type { Actor } from "@/lib/domain/access/actor";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { SiteHeader } from "./site-header";

export function ShopFrame({ locale, t, actor, returnTo, children }: { locale: Locale; t: Messages; actor: Actor | null; returnTo?: string; children: ReactNode }) {
  return (
    <>
      <SiteHeader locale={locale} t={t} actor={actor} returnTo={returnTo} />
      <main id="contenu" className="mx-auto max-w-5xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
