"use client";

import { useSyncExternalStore } from "react";
import { ErrorMessage } from "@/components/layout/error-message";
import { browserLocale } from "@/lib/i18n/browser-locale";
import { commonMessagesFor } from "@/lib/i18n/common-messages";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import "./global-error.css";

const unchanging = () => () => undefined;

// When a root layout itself fails, this replaces it, <html> included: no server data, no server-only import,
// only the shared strings. The language is read in the browser (cookie, then the browser's languages); the
// server renders French, the default, and the browser switches it if needed.
export default function GlobalError({
  error,
  reset,
  retry,
}: {
  error: Error & { digest?: string };
  reset: () => void;
  retry?: () => void;
}) {
  const locale = useSyncExternalStore(
    unchanging,
    () => browserLocale(document.cookie, navigator.languages),
    () => DEFAULT_LOCALE,
  );
  const e = commonMessagesFor(locale).error;
  return (
    <html lang={locale}>
      <body className="min-h-dvh font-sans antialiased">
        <title>{e.title}</title>
        <main id="contenu">
          <ErrorMessage e={e} digest={error.digest} retry={retry ?? reset} />
        </main>
      </body>
    </html>
  );
}
