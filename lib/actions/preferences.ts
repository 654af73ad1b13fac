"use server";

import { cookies } from "next/headers";
import { refresh } from "next/cache";
import { currentUserId } from "@/lib/auth/current-user";
import { setUserLocale } from "@/lib/domain/user/set-user-locale";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";

export async function setLocaleAction(formData: FormData) {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  const userId = await currentUserId();
  if (userId) await setUserLocale({ userId, locale });
  // Only the visitor's screens change: no cached page is dropped (the showcase has one copy per language).
  refresh();
}
