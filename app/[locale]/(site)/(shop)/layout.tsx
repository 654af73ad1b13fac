import type { ReactNode } from "react";
import { ShopFrame } from "@/components/layout/shop-frame";
import { AccountLinks, headerAccount } from "@/components/layout/site-header";
import { currentActorOrNull } from "@/lib/auth/current-user";
import { getMessages } from "@/lib/i18n/page";

// The shopper's pages rendered per request (the account, an order, signing in…); the public ones, served from the
// cache, are in (public).
export default async function ShopLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getMessages();
  return (
    <ShopFrame
      locale={locale}
      t={t}
      links={<AccountLinks locale={locale} t={t} account={headerAccount(await currentActorOrNull())} />}
    >
      {children}
    </ShopFrame>
  );
}
