import type { ReactNode } from "react";
import { signOut } from "@/lib/auth/auth";
import { type AccountSpaces, accountSpaces } from "@/lib/domain/access/account-spaces";
import type { Actor } from "@/lib/domain/access/actor";
import type { HelpGuideSlug } from "@/lib/help-guides";
import { type Locale, localizedPath } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { LanguageSwitcher } from "../language-switcher";
import { AccountLinksView, HeaderLink } from "./account-links";

// What the header shows of a signed-in account: the spaces it may open. null: a visitor.
export type HeaderAccount = AccountSpaces;

export function headerAccount(actor: Actor | null): HeaderAccount | null {
  return actor && accountSpaces(actor);
}

// The header of every space. `links` are the account's links, drawn in the browser where the page cannot know
// who asks (the public pages, served from the cache: components/personal/live-account-links.tsx). « Aide » opens
// the guide of the space the header stands in (`help`).
export function SiteHeader({
  locale,
  t,
  links,
  help,
}: {
  locale: Locale;
  t: Messages;
  links: ReactNode;
  help: HelpGuideSlug;
}) {
  return (
    <header className="no-print border-b border-earth-100 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <HeaderLink href={localizedPath(locale, "/")} className="text-xl font-bold text-leaf-700">
          {t.common.appName}
        </HeaderLink>
        <nav className="flex flex-wrap items-center gap-3 text-sm" aria-label="Navigation">
          {links}
          <HeaderLink href={localizedPath(locale, `/aide/${help}`)} className="hover:underline">
            {t.help.nav}
          </HeaderLink>
          <LanguageSwitcher locale={locale} t={t} />
        </nav>
      </div>
    </header>
  );
}

// The account's links as the server draws them (components/layout/account-links.tsx).
export function AccountLinks({
  locale,
  t,
  account,
  returnTo,
}: {
  locale: Locale;
  t: Messages;
  account: HeaderAccount | null;
  returnTo?: string;
}) {
  return (
    <AccountLinksView
      locale={locale}
      nav={t.common.nav}
      dayLink={t.day.link}
      account={account}
      returnTo={returnTo}
      signOut={signOutTo(locale)}
    />
  );
}

// « Déconnexion »: Auth.js's signOut of the visitor's own session, back to the home page.
export function signOutTo(locale: Locale) {
  return async () => {
    "use server";
    await signOut({ redirectTo: localizedPath(locale, "/") });
  };
}
