"use client";

import type { Locale } from "@/lib/i18n/locales";
import { shopMessagesFor } from "@/lib/i18n/shop-messages";
import { usePersonal } from "../personal/personal";
import { ShopPersonal } from "./shop-personal";

// The shop's basket panel: a visitor's (empty) as the cached page comes, the signed-in shopper's once their
// personal view has come, and again after each basket change.
export function LiveBasket({
  distributionId,
  open,
  locale,
}: {
  distributionId: string;
  open: boolean;
  locale: Locale;
}) {
  const shop = usePersonal()?.shop;
  return (
    <ShopPersonal
      distributionId={distributionId}
      shop={shop ?? { open, missingFields: [], basket: null }}
      locale={locale}
      t={shopMessagesFor(locale)}
    />
  );
}
