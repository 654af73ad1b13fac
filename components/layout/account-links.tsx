import Link from "next/link";
import type { ComponentProps } from "react";
import { Button } from "@/components/ui/button";
import type { AccountSpaces } from "@/lib/domain/access/account-spaces";
import { type Locale, localizedPath } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { SignOutForm } from "../offline/sign-out-form";

// The header's links lead to pages rendered per request (the home page, sign-in, the account's spaces): a
// prefetch would keep nothing of them, and would cost a phone a request and a parse on every page it opens.
export function HeaderLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}

// The header's account links: the spaces a signed-in account may open and its sign-out button (`signOut`, the
// server action: site-header.tsx), or sign-in and sign-up for a visitor (`account` null), coming back to returnTo
// afterwards when the page knows its own address. Drawn on the server for the pages rendered per request, and in
// the browser from a public page's personal view (components/personal/live-account-links.tsx).
export function AccountLinksView({
  locale,
  nav,
  dayLink,
  account,
  returnTo,
  signOut,
}: {
  locale: Locale;
  nav: Messages["common"]["nav"];
  dayLink: string;
  account: AccountSpaces | null;
  returnTo?: string;
  signOut: () => Promise<void>;
}) {
  const here = (path: string) => localizedPath(locale, path);
  const back = returnTo ? `?callbackUrl=${encodeURIComponent(here(returnTo))}` : "";
  return account ? (
    <>
      {account.admin && (
        <HeaderLink href={here("/admin")} className="hover:underline">
          {nav.admin}
        </HeaderLink>
      )}
      {account.referent && (
        <HeaderLink href={here("/jour")} className="hover:underline">
          {dayLink}
        </HeaderLink>
      )}
      {account.producer && (
        <HeaderLink href={here("/producteur")} className="hover:underline">
          {nav.producer}
        </HeaderLink>
      )}
      {account.operator && (
        <HeaderLink href={here("/operateur/versements")} className="hover:underline">
          {nav.operator}
        </HeaderLink>
      )}
      <HeaderLink href={here("/compte")} className="hover:underline">
        {nav.account}
      </HeaderLink>
      <SignOutForm userId={account.userId} label={nav.signOut} signOut={signOut} />
    </>
  ) : (
    <>
      <HeaderLink href={here(`/connexion${back}`)} className="hover:underline">
        {nav.signIn}
      </HeaderLink>
      <Button asChild size="sm">
        <HeaderLink href={here(`/inscription${back}`)}>{nav.signUp}</HeaderLink>
      </Button>
    </>
  );
}
