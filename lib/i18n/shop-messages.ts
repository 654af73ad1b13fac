import { commonMessagesFor } from "./common-messages";
import type { Locale } from "./locales";
import type { Messages } from "./messages";
import { shop as shopEn } from "./messages/en/shop";
import { shop as shopFr } from "./messages/fr/shop";

// The shop's strings and the common ones without the rest: what the parts of a shop drawn in the browser (the
// signed-in shopper's basket, components/shop/shopper-basket.tsx) import, so that they do not carry every area's
// strings there. A page's full messages fit it too.
export type ShopMessages = Pick<Messages, "shop" | "common">;

const catalogs: Record<Locale, ShopMessages> = {
  fr: { shop: shopFr, common: commonMessagesFor("fr") },
  en: { shop: shopEn, common: commonMessagesFor("en") },
};

export function shopMessagesFor(locale: Locale): ShopMessages {
  return catalogs[locale];
}
