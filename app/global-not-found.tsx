import { Document } from "@/components/layout/document";
import { NotFoundMessage } from "@/components/layout/not-found-message";
import { getMessages } from "@/lib/i18n/server";
import "./globals.css";

// Unknown addresses: the app has two root layouts (the site and the shop showcase), so the 404 is global.
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
