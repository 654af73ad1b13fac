import { NotFoundMessage } from "@/components/layout/not-found-message";
import { PublicFrame } from "@/components/personal/public-frame";
import { getMessages } from "@/lib/i18n/page";

// A market, sale or producer page that is not there, inside the shop's frame (header, language). Nothing of it
// is kept (lib/cache-handler.js).
export default async function PublicNotFound() {
  const { locale, t } = await getMessages();
  return (
    <PublicFrame locale={locale} t={t} query={{}}>
      <NotFoundMessage n={t.common.notFound} space="shop" locale={locale} />
    </PublicFrame>
  );
}
