import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";

export async function setUserLocale({ userId, locale }: { userId: string; locale: Locale }) {
  await db().user.update({ where: { id: userId }, data: { locale }, select: { id: true } });
}
