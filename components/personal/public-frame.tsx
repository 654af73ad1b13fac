import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { ShopFrame } from "../layout/shop-frame";
import { signOutTo } from "../layout/site-header";
import { LiveAccountLinks } from "./live-account-links";
import { type PersonalQuery, PersonalScope } from "./personal";

// The frame of a public page (app/[locale]/(site)/(public)): rendered as a visitor sees it, with the visitor's
// links in the header; `query` tells app/api/personal which personal view to send once it is in the browser.
export function PublicFrame({
  locale,
  t,
  query,
  returnTo,
  children,
}: {
  locale: Locale;
  t: Messages;
  query: PersonalQuery;
  returnTo?: string;
  children: ReactNode;
}) {
  return (
    <PersonalScope query={query}>
      <ShopFrame
        locale={locale}
        t={t}
        links={
          <LiveAccountLinks
            locale={locale}
            nav={t.common.nav}
            dayLink={t.day.link}
            returnTo={returnTo}
            signOut={signOutTo(locale)}
          />
        }
      >
        {children}
      </ShopFrame>
    </PersonalScope>
  );
}
