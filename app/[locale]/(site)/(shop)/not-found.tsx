import { NotFoundMessage } from "@/components/layout/not-found-message";
import { getMessages } from "@/lib/i18n/page";

// An order or another shopper's page that is not there, inside the shop's frame (header, language).
export default async function ShopNotFound() {
  const { locale, t } = await getMessages();
  return <NotFoundMessage n={t.common.notFound} space="shop" locale={locale} />;
}
