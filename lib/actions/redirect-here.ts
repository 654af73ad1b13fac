import "server-only";
import { redirect } from "next/navigation";
import { localizedPath } from "@/lib/i18n/locales";
import { getLocale } from "@/lib/i18n/server";

// A server action's redirect to a page of the site, in the language of the page that sent the form (the language
// is part of the address: lib/i18n/routes.js).
export async function redirectHere(path: string): Promise<never> {
  redirect(localizedPath(await getLocale(), path));
}

export async function localizedHere(path: string): Promise<string> {
  return localizedPath(await getLocale(), path);
}
