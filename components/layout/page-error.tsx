"use client";

import { ErrorMessage } from "./error-message";
import { useLocale } from "./locale-context";
import { commonMessagesFor } from "@/lib/i18n/common-messages";

// The error.tsx of each root layout (the site, the shop's cached copies): the layout stays (language, skip
// link) and this takes the failed page's place. The server's log has one JSON line for it, with the same
// digest (instrumentation.ts). retry asks the server again (router.refresh) before reset() re-renders.
export function PageError({
  error,
  reset,
  retry,
}: {
  error: Error & { digest?: string };
  reset: () => void;
  retry?: () => void;
}) {
  return (
    <main id="contenu">
      <ErrorMessage e={commonMessagesFor(useLocale()).error} digest={error.digest} retry={retry ?? reset} />
    </main>
  );
}
