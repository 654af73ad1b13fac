import { Document } from "@/components/layout/document";
import { NotFoundMessage } from "@/components/layout/not-found-message";
import { getMessages } from "@/lib/i18n/server";
import "./globals.css";

// Unknown addresses: the root layout is app/[locale]/layout.tsx, under a parameter, so the 404 of an address
// that matches no page is global. Its language is the request's (lib/i18n/server.ts).
export default async function GlobalNotFound() {
  const { locale, t } = await getMessages();
  return (
    <Document locale={locale} t={t}>
      <main id="contenu">
        <NotFoundMessage n={t.common.notFound} />
      </main>
    </Document>
  );
}
