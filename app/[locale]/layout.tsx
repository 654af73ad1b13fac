import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { Document, documentMetadata, documentViewport } from "@/components/layout/document";
import { isLocale, LOCALES } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import "../globals.css";

// The one root layout: the site, the shop and the signed-in spaces are one app. The language is the address's
// (French unprefixed, English under /en: lib/i18n/routes.js), never the request's, so that a public page is the
// same for everyone who asks for it and Next can serve it from its cache.
type Params = { locale: string };

// Only "fr" and "en" reach here (lib/i18n/routes.js rewrites every other address under /fr); any other is a 404.
export const generateStaticParams = () => LOCALES.map((locale) => ({ locale }));

export async function generateMetadata({ params }: { params: Promise<Params> }) {
  const { locale } = await params;
  return isLocale(locale) ? documentMetadata(messagesFor(locale)) : {};
}

export const viewport = documentViewport;

export default async function RootLayout({ children, params }: { children: ReactNode; params: Promise<Params> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return (
    <Document locale={locale} t={messagesFor(locale)}>
      {children}
    </Document>
  );
}
