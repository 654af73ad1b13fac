"use client";

import dynamic from "next/dynamic";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { usePersonal } from "../personal/personal";

const ShopperBasket = dynamic(() => import("./shopper-basket").then((m) => m.ShopperBasket));

// The shop's basket panel: the visitor's (`children`, drawn on the server) as the cached page comes, the signed-in
// shopper's once their personal view has come, and again after each basket change.
export function LiveBasket({
  distributionId,
  locale,
  children,
}: {
  distributionId: string;
  locale: Locale;
  children: ReactNode;
}) {
  const shop = usePersonal()?.shop;
  return shop ? <ShopperBasket distributionId={distributionId} shop={shop} locale={locale} /> : children;
}
