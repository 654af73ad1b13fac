import Link from "next/link";
import type { ComponentProps, ReactNode } from "react";
import { signOut } from "@/lib/auth/auth";
import { administeredMarketIds, type Actor } from "@/lib/domain/access/actor";
import { referentDistributionIds } from "@/lib/domain/access/distribution-day";
import { type Locale, localizedPath } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { LanguageSwitcher } from "../language-switcher";
import { SignOutForm } from "../offline/sign-out-form";

// What the header shows of a signed-in account: the spaces it may open. null: a visitor.
export type HeaderAccount = { userId: string; admin: boolean; producer: boolean; operator: boolean; referent: boolean };

export function headerAccount(actor: Actor | null): HeaderAccount | null {
  return (
    actor && {
      userId: actor.userId,
      admin: administeredMarketIds(actor).length > 0,
      producer: actor.producerIds.length > 0,
      operator: actor.isOperator,
      referent: referentDistributionIds(actor).length > 0,
    }
  );
}

// The header's links lead to pages rendered per request (the home page, sign-in, the account's spaces): a
// prefetch would keep nothing of them, and would cost a phone a request and a parse on every page it opens.
function HeaderLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}

// The header of every space. `links` replaces the account's links where the page cannot know who asks (the
// public pages, served from the cache, put a personal slot there: components/personal/personal.tsx).
export function SiteHeader({ locale, t, links }: { locale: Locale; t: Messages; links: ReactNode }) {
  return (
    <header className="no-print border-b border-earth-100 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <HeaderLink href={localizedPath(locale, "/")} className="text-xl font-bold text-leaf-700">
          {t.common.appName}
        </HeaderLink>
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
        <HeaderLink href={here("/admin")} className="hover:underline">
          {t.common.nav.admin}
        </HeaderLink>
      )}
      {account.referent && (
        <HeaderLink href={here("/jour")} className="hover:underline">
          {t.day.link}
        </HeaderLink>
      )}
      {account.producer && (
        <HeaderLink href={here("/producteur")} className="hover:underline">
          {t.common.nav.producer}
        </HeaderLink>
      )}
      {account.operator && (
        <HeaderLink href={here("/operateur/versements")} className="hover:underline">
          {t.common.nav.operator}
        </HeaderLink>
      )}
      <HeaderLink href={here("/compte")} className="hover:underline">
        {t.common.nav.account}
      </HeaderLink>
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
      <HeaderLink href={here(`/connexion${back}`)} className="hover:underline">
        {t.common.nav.signIn}
      </HeaderLink>
      <HeaderLink
        href={here(`/inscription${back}`)}
        className="rounded bg-leaf-600 px-3 py-1.5 font-medium text-white hover:bg-leaf-700"
      >
        {t.common.nav.signUp}
      </HeaderLink>
    </>
  );
}
