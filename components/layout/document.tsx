import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { Toaster } from "../ui/toaster";
import { LocaleProvider } from "./locale-context";

// The <html> of the root layout (app/[locale]/layout.tsx) and of the global not-found page.
export function Document({ locale, t, children }: { locale: Locale; t: Messages; children: ReactNode }) {
  return (
    <html lang={locale}>
      <body className="min-h-dvh font-sans antialiased">
        <a
          href="#contenu"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-2"
        >
          {t.common.nav.skipToContent}
        </a>
        <LocaleProvider locale={locale}>{children}</LocaleProvider>
        <Toaster label={t.common.notifications} closeLabel={t.common.close} />
      </body>
    </html>
  );
}

export function documentMetadata(t: Messages): Metadata {
  return {
    title: { default: `${t.common.appName} — ${t.common.tagline}`, template: `%s · ${t.common.appName}` },
    description: t.common.metaDescription,
  };
}

export const documentViewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#2f6b3a" };
