"use server";

import { z } from "zod";
import { ShopPersonal } from "@/components/shop/shop-personal";
import { currentUserId } from "@/lib/auth/current-user";
import { DomainError } from "@/lib/domain/errors";
import { getShop } from "@/lib/domain/shop/get-shop";
import { getMessages } from "@/lib/i18n/server";
import { storableText } from "@/lib/validation/text";

const shopAddress = z.object({
  slug: z.string().max(80).transform(storableText),
  distributionId: z.string().max(40).transform(storableText),
});

// The members' panel of a cached shop page (components/shop/shop-panel.tsx): the signed-in shopper's own
// basket and missing contact details, read from their session only; nothing for an unknown shop.
export async function loadShopPersonalAction(slug: string, distributionId: string) {
  const address = shopAddress.safeParse({ slug, distributionId });
  if (!address.success) return null;
  const userId = await currentUserId();
  const { locale, t } = await getMessages();
  try {
    const shop = await getShop({ ...address.data, userId, now: new Date() });
    return <ShopPersonal shop={shop} signedIn={userId !== null} locale={locale} t={t} />;
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}
