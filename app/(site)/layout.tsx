import type { ReactNode } from "react";
import { Document, documentMetadata, documentViewport } from "@/components/layout/document";
import { getMessages } from "@/lib/i18n/server";
import "../globals.css";

export async function generateMetadata() {
  return documentMetadata((await getMessages()).t);
}

export const viewport = documentViewport;

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getMessages();
  return (
    <Document locale={locale} t={t}>
      {children}
    </Document>
  );
}
