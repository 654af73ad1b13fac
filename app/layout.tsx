import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getMessages } from "@/lib/i18n/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: { default: `${t.common.appName} — ${t.common.tagline}`, template: `%s · ${t.common.appName}` } };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#2f6b3a" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getMessages();
  return (
    <html lang={locale}>
      <body className="min-h-dvh font-sans antialiased">
        <a href="#contenu" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
          {t.common.nav.skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}
