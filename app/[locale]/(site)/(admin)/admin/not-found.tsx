import { NotFoundMessage } from "@/components/layout/not-found-message";
import { getMessages } from "@/lib/i18n/page";

export default async function NotFound() {
  const { t } = await getMessages();
  return <NotFoundMessage n={t.common.notFound} space="admin" />;
}
