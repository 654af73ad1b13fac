import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { Document, documentMetadata, documentViewport } from "@/components/layout/document";
import { isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import "../../../globals.css";

// The root layout of the shop showcase (see lib/shop-showcase.js): the language comes from the address, not
// from a cookie, and nothing depends on who asks, so Next can render each page once and serve it from its cache.
type Params = { locale: string };

export async function generateMetadata({ params }: { params: Promise<Params> }) {
  const { locale } = await params;
  return isLocale(locale) ? documentMetadata(messagesFor(locale)) : {};
}

export const viewport = documentViewport;

export default async function ShowcaseLayout({ children, params }: { children: ReactNode; params: Promise<Params> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = messagesFor(locale);
  return (
    <Document locale={locale} t={t}>
      {children}
    </Document>
  );
}
