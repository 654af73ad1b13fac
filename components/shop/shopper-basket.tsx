"use client";

import type { ShopPersonalView } from "@/lib/domain/personal/get-personal-view";
import type { Locale } from "@/lib/i18n/locales";
import { shopMessagesFor } from "@/lib/i18n/shop-messages";
import { ShopPersonal } from "./shop-personal";

// The signed-in shopper's basket panel, drawn in the browser from their personal view with the shop's strings:
// loaded only once a view says someone is signed in (components/shop/live-basket.tsx), so that a visitor's page
// does not carry them.
export function ShopperBasket({
  distributionId,
  shop,
  locale,
}: {
  distributionId: string;
  shop: ShopPersonalView;
  locale: Locale;
}) {
  return <ShopPersonal distributionId={distributionId} shop={shop} locale={locale} t={shopMessagesFor(locale)} />;
}
