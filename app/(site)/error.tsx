"use client";

import { ErrorMessage } from "@/components/layout/error-message";
import { useLocale } from "@/components/layout/locale-context";
import { commonMessagesFor } from "@/lib/i18n/common-messages";

// A page of the site that failed: the site's root layout stays (language, skip link), this takes the page's
// place. The server's log has one JSON line for it, with the same digest (instrumentation.ts).
export default function SiteError({
  error,
  reset,
  retry,
}: {
  error: Error & { digest?: string };
  reset: () => void;
  retry?: () => void;
}) {
  // retry asks the server again (router.refresh) before reset() re-renders the segment.
  return (
    <main id="contenu">
      <ErrorMessage e={commonMessagesFor(useLocale()).error} digest={error.digest} retry={retry ?? reset} />
    </main>
  );
}
