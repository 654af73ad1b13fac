import Link from "next/link";
import type { ReactNode } from "react";
import { signOut } from "@/lib/auth/auth";
import { administeredMarketIds, type Actor } from "@/lib/domain/access/actor";
import { type Locale, localizedPath } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { LanguageSwitcher } from "../language-switcher";
import { SignOutForm } from "../offline/sign-out-form";

// What the header shows of a signed-in account: the spaces it may open. null: a visitor.
export type HeaderAccount = { userId: string; admin: boolean; producer: boolean; operator: boolean };

export function headerAccount(actor: Actor | null): HeaderAccount | null {
  return (
    actor && {
      userId: actor.userId,
      admin: administeredMarketIds(actor).length > 0,
      producer: actor.producerIds.length > 0,
      operator: actor.isOperator,
    }
  );
}

// The header of every space. `links` replaces the account's links where the page cannot know who asks (the
// public pages, served from the cache, put a personal slot there: components/personal/personal.tsx).
export function SiteHeader({ locale, t, links }: { locale: Locale; t: Messages; links: ReactNode }) {
  return (
    <header className="no-print border-b border-earth-100 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href={localizedPath(locale, "/")} className="text-xl font-bold text-leaf-700">
          {t.common.appName}
        </Link>
        <nav className="flex flex-wrap items-center gap-3 text-sm" aria-label="Navigation">
          {links}
          <LanguageSwitcher locale={locale} t={t} />
        </nav>
      </div>
    </header>
  );
}

// The visitor's links: the account's spaces when signed in, sign-in and sign-up otherwise, coming back to
// returnTo afterwards when the page knows its own address.
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
  const here = (path: string) => localizedPath(locale, path);
  const back = returnTo ? `?callbackUrl=${encodeURIComponent(here(returnTo))}` : "";
  return account ? (
    <>
      {account.admin && (
        <Link href={here("/admin")} className="hover:underline">
          {t.common.nav.admin}
        </Link>
      )}
      {account.producer && (
        <Link href={here("/producteur")} className="hover:underline">
          {t.common.nav.producer}
        </Link>
      )}
      {account.operator && (
        <Link href={here("/operateur/versements")} className="hover:underline">
          {t.common.nav.operator}
        </Link>
      )}
      <Link href={here("/compte")} className="hover:underline">
        {t.common.nav.account}
      </Link>
      <SignOutForm
        userId={account.userId}
        label={t.common.nav.signOut}
        signOut={async () => {
          "use server";
          await signOut({ redirectTo: localizedPath(locale, "/") });
        }}
      />
    </>
  ) : (
    <>
      <Link href={here(`/connexion${back}`)} className="hover:underline">
        {t.common.nav.signIn}
      </Link>
      <Link
        href={here(`/inscription${back}`)}
        className="rounded bg-leaf-600 px-3 py-1.5 font-medium text-white hover:bg-leaf-700"
      >
        {t.common.nav.signUp}
      </Link>
    </>
  );
}
