"use client";

import { useLocale } from "@/components/layout/locale-context";
import { NotFoundMessage } from "@/components/layout/not-found-message";
import { commonMessagesFor } from "@/lib/i18n/common-messages";

// A sale that is not there, reached through the shop's address (lib/shop-showcase.js). A client component
// because a not-found page gets no params: the language comes from the layout (Document's LocaleProvider).
export default function ShowcaseNotFound() {
  return (
    <main id="contenu">
      <NotFoundMessage n={commonMessagesFor(useLocale()).notFound} space="shop" />
    </main>
  );
}
