import type { ReactNode } from "react";
import { loadPersonalAction, type PersonalPage } from "@/lib/actions/personal";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { ShopFrame } from "../layout/shop-frame";
import { AccountLinks } from "../layout/site-header";
import { PersonalScope, PersonalSlot } from "./personal";

// The frame of a public page (app/[locale]/(site)/(public)): rendered as a visitor sees it, with the visitor's
// links in the header; `page` tells lib/actions/personal.tsx which personal parts to render once it is in the
// browser.
export function PublicFrame({
  locale,
  t,
  page,
  returnTo,
  children,
}: {
  locale: Locale;
  t: Messages;
  page: PersonalPage;
  returnTo?: string;
  children: ReactNode;
}) {
  return (
    <PersonalScope load={loadPersonalAction.bind(null, locale, page)}>
      <ShopFrame
        locale={locale}
        t={t}
        links={
          <PersonalSlot name="account">
            <AccountLinks locale={locale} t={t} account={null} returnTo={returnTo} />
          </PersonalSlot>
        }
      >
        {children}
      </ShopFrame>
    </PersonalScope>
  );
}
