import type { ReactNode } from "react";
import { ShopFrame } from "@/components/layout/shop-frame";
import { headerAccount } from "@/components/layout/site-header";
import { currentActorOrNull } from "@/lib/auth/current-user";
import { getMessages } from "@/lib/i18n/page";

export default async function ShopLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getMessages();
  return (
    <ShopFrame locale={locale} t={t} account={headerAccount(await currentActorOrNull())}>
      {children}
    </ShopFrame>
  );
}
