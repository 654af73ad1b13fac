"use client";

import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { AccountLinksView } from "../layout/account-links";
import { usePersonal } from "./personal";

// The header's account links on a public page: a visitor's as the page comes, the signed-in account's once its
// personal view says who it is. `signOut` is the sign-out server action (components/layout/site-header.tsx).
export function LiveAccountLinks({
  locale,
  nav,
  dayLink,
  returnTo,
  signOut,
}: {
  locale: Locale;
  nav: Messages["common"]["nav"];
  dayLink: string;
  returnTo?: string;
  signOut: () => Promise<void>;
}) {
  const account = usePersonal()?.account ?? null;
  return (
    <AccountLinksView
      locale={locale}
      nav={nav}
      dayLink={dayLink}
      account={account}
      returnTo={returnTo}
      signOut={signOut}
    />
  );
}
