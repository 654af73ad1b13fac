"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentUserId } from "@/lib/auth/current-user";
import { setUserLocale } from "@/lib/domain/user/set-user-locale";
import { isLocale, LOCALE_COOKIE, localizedPath } from "@/lib/i18n/locales";
import { safeCallbackPath } from "./form-state";

export async function setLocaleAction(formData: FormData) {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  const userId = await currentUserId();
  if (userId) await setUserLocale({ userId, locale });
  // The same page in the chosen language: the language is part of the address (lib/i18n/routes.js).
  redirect(localizedPath(locale, safeCallbackPath((await headers()).get("referer"))));
}
