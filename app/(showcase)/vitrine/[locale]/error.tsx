"use client";

import { ErrorMessage } from "@/components/layout/error-message";
import { useLocale } from "@/components/layout/locale-context";
import { commonMessagesFor } from "@/lib/i18n/common-messages";

// A cached shop page that failed to render (the showcase's root layout stays, in the address's language).
export default function ShowcaseError({
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
